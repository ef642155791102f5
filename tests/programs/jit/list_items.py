# List items read in traced loops (inline when the list layout is known): negative indexes,
# out of range, an item's type changes, the list grows while the loop reads it.


def read(xs, ks):
    s = 0
    for k in ks:
        s += xs[k]
    return s


def grow(xs, n):
    s = 0
    for i in range(n):
        xs.append(i)
        s += xs[i] + xs[-1]
    return s


def objects(xs):
    n = 0
    for x in xs:
        if x is None:
            n += 1
    return n


xs = list(range(100))
print(read(xs, [i % 100 for i in range(500)]))
print(read(xs, [-(i % 100) - 1 for i in range(500)]))
ks = [i % 100 for i in range(500)]
ks[300] = -3
ks[350] = 99
print(read(xs, ks))
xs[50] = 2.5
print(read(xs, ks))
ks[400] = 100
try:
    print(read(xs, ks))
except IndexError as e:
    print("IndexError", e)
ks[400] = -101
try:
    print(read(xs, ks))
except IndexError as e:
    print("IndexError", e)
print(grow([], 300))
obs = [None if i % 3 else (i,) for i in range(600)]
print(objects(obs))
obs[400] = 7
print(objects(obs))
