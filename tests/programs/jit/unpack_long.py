# Unpacking tuples and lists of up to 16 items in traced loops: a length guard, then one
# load per item; a sequence of another length mid-loop raises CPython's ValueError.


def ten(n, t):
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j - e * f
    return total


def five_list(n, lst):
    total = 0
    for k in range(n):
        a, b, c, d, e = lst
        total += a * e - c
        lst[2] = k % 7
    return total, lst


def sixteen(n):
    t = tuple(range(16))
    s = 0.0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q = t
        s += a + q * 0.5
    return s


def mixed_types(items):
    out = []
    for t in items:
        a, b, c, d, e, f = t
        out.append((a, f))
    return out[:2], out[-2:]


def length_change(seqs):
    total = 0
    try:
        for s in seqs:
            a, b, c, d, e, f, g = s
            total += a + g
    except ValueError as err:
        return total, str(err)
    return total, None


def too_many(seqs):
    total = 0
    try:
        for s in seqs:
            a, b, c, d, e = s
            total += a
    except ValueError as err:
        return total, str(err)
    return total, None


print(ten(3000, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(five_list(3000, [1, 2, 3, 4, 5]))
print(sixteen(2500))
print(mixed_types([(i, 2, 3, 4, 5, "x" if i % 3 else 1.5) for i in range(900)]))
print(length_change([tuple(range(7))] * 700 + [tuple(range(6))] + [tuple(range(7))] * 3))
print(too_many([[1, 2, 3, 4, 5]] * 700 + [[1, 2, 3, 4, 5, 6]]))
# A str of the right length unpacks too; its first item then fails `total += a`, ending the
# program with the TypeError and traceback the interpreter gives.
print(too_many([(1, 2, 3, 4, 5)] * 700 + [(9, 9, 9, 9, 9)] + ["abcde"]))
