# Comprehensions whose loops are entered at their start (the comprehension's own
# `GetIter` of the iterator its caller made): every kind of iterator the caller can
# pass, short and long loops, loops whose item type changes, exits mid-loop, and an
# exception raised inside the comprehension (traceback through the comprehension).


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def lerp(self, other, t):
        return self + (other - self) * t


def casteljau(pts, u):
    ctrl = list(pts)
    while len(ctrl) > 1:
        ctrl = [ctrl[i].lerp(ctrl[i + 1], u) for i in range(len(ctrl) - 1)]
    return ctrl[0]


def curve():
    pts = [Vec(0.0, 0.0), Vec(1.0, 2.0), Vec(3.0, 3.0), Vec(4.0, 0.0)]
    sx = 0.0
    sy = 0.0
    for k in range(600):
        p = casteljau(pts, (k % 100) / 100.0)
        sx += p.x
        sy += p.y
    print("curve", round(sx, 6), round(sy, 6))


def kinds():
    d = {i: i * i for i in range(7)}
    total = 0
    for r in range(400):
        n = r % 5
        total += sum([x for x in range(n)])
        total += sum([x * 2 for x in [r, n, 3][:n]])
        total += sum([x for x in (r, n)])
        total += sum([k for k in d])
        total += sum([v for v in d.values()])
        total += sum([k * v for k, v in d.items()])
        total += len({x % 3 for x in range(n + 2)})
        total += len({x: x + 1 for x in range(n)})
        total += len([c for c in "abc"[:n]])
        total += sum([x for x in iter([n, n + 1])])
        total += sum([x for x in enumerate([r, n])][-1]) if n else 0
        total += sum([a * b for a in range(n) for b in range(3)])
        total += sum([x for x in (y + 1 for y in range(n))])
    print("kinds", total)


def types():
    out = []
    for r in range(300):
        xs = [1, 2, 3] if r % 7 else [1.5, 2, "x"]
        out.append(len([x for x in xs if x != 2]))
        ys = [r, r + 1] if r < 250 else [r, None]
        out.append(len([y for y in ys if y is not None]))
    print("types", sum(out), out[-4:])


def raises(n):
    return [10 // (x - n) for x in range(5)]


def main():
    curve()
    kinds()
    types()
    s = 0
    for r in range(300):
        s += sum(raises(7 + r % 3))
    print("ok", s)
    try:
        [x for x in 5]
    except TypeError as e:
        print("TypeError", e)
    print(raises(3))


main()
