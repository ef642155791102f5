# `>>` and `<<` on ints inside hot loops: constant and variable counts, counts of 64 and
# more, negative operands, a negative count raising mid-loop, and `<<` overflowing into a
# big int mid-loop.


def lcg(n):
    seed = 12345
    acc = 0
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (seed >> 16) & 0xFF
    return acc, seed


def shifts(n):
    out = 0
    for i in range(n):
        x = i * 37 - 500
        k = i % 70
        out ^= x >> k
        out += (x >> 3) - (x << 2)
        if k < 40:
            out += (i << k) & 0xFFFF
    return out


def grow(n):
    # 3 << k overflows 64 bits when k reaches 62: the result becomes a big int.
    vals = []
    for k in range(n):
        vals.append(3 << k)
    return vals[-1], len(vals), sum(v & 0xFF for v in vals)


def negative_count(n):
    caught = 0
    total = 0
    for i in range(n):
        k = 5 if i != n - 3 else -1
        try:
            total += (i << k) + (i >> k)
        except ValueError as e:
            caught += 1
            msg = str(e)
    return total, caught, msg


print(lcg(3000))
print(shifts(3000))
print(grow(70))
print(negative_count(500))
print([(-7) >> k for k in (0, 1, 2, 63, 64, 200)], [5 << k for k in (0, 1, 62)])


def uncaught(n):
    t = 0
    for i in range(n):
        t += 1 >> (100 - i)
    return t


print(uncaught(200))
