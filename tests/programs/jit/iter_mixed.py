# Loops over enumerate, zip and dict items whose items change type: the type guard's exit
# gets side traces that step the iterator themselves.


def f(xs):
    t = 0
    n = 0
    for i, x in enumerate(xs):
        if x is None:
            n += i
        else:
            t += x * i
    return t, n


def g(d):
    s = 0.0
    for k, v in d.items():
        s += v
    return s


def h(a, b):
    out = []
    for x, y in zip(a, b):
        out.append(x + y)
    return len(out), out[-3:]


xs = [1, None, 2.5, 3] * 100
for _ in range(5):
    print(f(xs))
d = {i: (i if i % 3 else i / 4) for i in range(300)}
for _ in range(5):
    print(g(d))
for _ in range(5):
    print(h([1, "a", 2.0] * 50, [2, "b", 0.5] * 50))
