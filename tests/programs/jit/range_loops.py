# for loops over range(): every supported operation, several step signs and sizes.


def int_ops(n):
    total = 0
    acc = 1
    bits = 0
    for i in range(n):
        total += i * 2 % 7
        total -= i // 3
        acc = (acc * 31 + i) % 1000003
        bits ^= i & 255
        bits |= i % 5
    return total, acc, bits


def stepped(n):
    up = 0
    for i in range(3, n, 4):
        up += i
    down = 0
    for j in range(n, -n, -3):
        down += j * j
    neg = 0
    for k in range(-n, 0):
        neg -= k
    return up, down, neg


def floor_ops(n):
    out = 0
    for i in range(-n, n):
        out += i // 4 + i % 4 + i // -3 + i % -3 + (-i) // 8 + i % 16
    return out


def float_ops(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x += i * 0.5
        y = y * 1.0001 - x / (i + 1)
        x = -x * 0.999
    return x, y


def mixed(n):
    s = 0.0
    t = 0
    for i in range(1, n):
        s += i / 7
        s -= 2 * i * 0.25
        t += i // 2
    return s, t


def empty_and_single():
    c = 0
    for i in range(0):
        c += 1
    for i in range(1):
        c += 10
    for i in range(5, 5):
        c += 100
    return c, i


def near_max():
    big = 9223372036854775807
    seen = 0
    for i in range(big - 7, big, 2):
        seen += 1
    last = i
    for i in range(-big - 1, -big + 5):
        seen += 1
    return seen, last, i


for n in (0, 1, 5, 100, 5000):
    print(n, int_ops(n), stepped(n), floor_ops(n))
    print(n, float_ops(n), mixed(n))
print(empty_and_single())
print(near_max())
