# Tuple swaps (`a, b = b, a`, `p[i], p[j] = p[j], p[i]`) in traced loops: the tuple is never
# built.


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def reverse_in_place(p):
    i = 0
    j = len(p) - 1
    while i < j:
        p[i], p[j] = p[j], p[i]
        i += 1
        j -= 1
    return p[:3], p[-3:]


def rotate3(n):
    x, y, z = 1.0, 2.0, 3.0
    for _ in range(n):
        x, y, z = y, z, x + 0.5
    return x, y, z


def swap_type_change(p):
    try:
        for i in range(len(p) - 1):
            p[i], p[i + 1] = p[i + 1], p[i] + 1
    except TypeError as e:
        return p[:3], str(e)


print(fib_pairs(5000))
print(reverse_in_place(list(range(2001))))
print(rotate3(3001))
print(swap_type_change(list(range(600)) + ["x"] + [1, 2]))
