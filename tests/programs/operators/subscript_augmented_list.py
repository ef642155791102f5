# `xs[i] op= v` on lists of numbers takes a one-dispatch path in the interpreter
# (`list_item_inplace`); every case where its guard fails must behave as the six
# instructions do: other containers, non-number items or operands, out-of-range or
# negative indexes, overflow, errors, and one site that sees all of these in turn.


def counters(n):
    xs = [0] * 5
    d = 3
    for k in range(n):
        xs[k % 5] += 1
        xs[-1] -= 2
        xs[k % 3] *= 1
        xs[0] += d
        xs[1] ^= k
        xs[2] //= 1
        xs[3] %= 1000003
    return xs


print(counters(50))
print(counters(1))


def mixed(xs, i, v):
    xs[i] += v
    return xs


samples = [
    ([1, 2, 3], 0, 5),
    ([1, 2, 3], -1, 5),
    ([1.5, 2, 3], 0, 2),
    ([1, 2, 3], 1, 0.25),
    ([True, False], 0, 1),
    ([1, 2], 0, True),
    (["a", "b"], 1, "c"),
    ([[1], [2]], 0, [3]),
    ([2**62, 0], 0, 2**62),
    ([-(2**63), 0], 0, -1),
    ({"k": 1}, "k", 2),
    ({0: 1.0}, 0, 1),
    ([1, 2, 3], 0, "x"),
    ((1, 2), 0, 1),
    ([1, 2], 5, 1),
    ([1, 2], -3, 1),
    ([1, 2], 1.0, 1),
    ("ab", 0, "c"),
]
for _ in range(3):
    for xs, i, v in samples:
        try:
            print(mixed(list(xs) if isinstance(xs, list) else xs, i, v))
        except Exception as e:
            print(type(e).__name__, e)


class Counter:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        print("set", i, v)
        self.items[i] = v


c = Counter([1, 2])
for _ in range(3):
    c[0] += 10
print(c.items)


def errors():
    xs = [7, 8]
    for op in range(4):
        try:
            if op == 0:
                xs[0] //= 0
            elif op == 1:
                xs[1] %= 0
            elif op == 2:
                xs[0] <<= -1
            else:
                xs[0] /= 0
        except Exception as e:
            print(type(e).__name__, e, xs)
    xs[0] /= 2
    xs[1] **= 2
    xs[0] -= 0.5
    xs[1] <<= 70
    print(xs)


errors()


def unbound(xs):
    try:
        xs[0] += later
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    later = 1
    xs[0] += later
    return xs


print(unbound([5]))


def aliasing():
    xs = [1, 2, 3]
    for i in range(3):
        xs[i] += xs[i]
        xs[i] -= i
    ys = xs
    ys[0] += 100
    print(xs, ys is xs)


aliasing()
