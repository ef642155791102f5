# for loops over enumerate (with a start, of lists, tuples, ranges and strs), break/else,
# an exception in the body, and the iterable swapped between entries.


def weighted(xs, start):
    t = 0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


def find(xs, want):
    for i, x in enumerate(xs):
        if x == want:
            break
    else:
        return -1
    return i


def mixed(xs):
    out = 0.0
    for i, x in enumerate(xs):
        out += x * i
    return out


def chars(s):
    n = 0
    for i, ch in enumerate(s):
        if ch == "é":
            n += i
    return n


def fails(xs):
    t = 0
    for i, x in enumerate(xs):
        t += 100 // x
    return t


print(weighted(list(range(300)), 0))
print(weighted(list(range(300)), 5))
print(weighted(tuple(range(250)), -3))
print(weighted(range(400), 1))
print(weighted([1, 2, 3], 2**62))
for n in range(5):
    print(find(list(range(200)), 150 + n), find(list(range(200)), -1))
print(mixed([1.5] * 200 + [2] * 50))
print(chars("abcé" * 80), chars("éé" * 100))
print(fails(list(range(1, 300))))
try:
    fails(list(range(200, 0, -1)) + [0, 5])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
seqs = [list(range(120)), tuple(range(130)), range(140), [3] * 150]
for _ in range(3):
    for s in seqs:
        print(weighted(s, 1))
it = enumerate([7] * 200)
t = 0
for i, x in it:
    t += i + x
    if i == 100:
        break
for i, x in it:
    t -= i
print(t, list(it))
e = enumerate(range(300), 10)
pairs = 0
for p in e:
    pairs += p[0] - p[1]
print(pairs)
