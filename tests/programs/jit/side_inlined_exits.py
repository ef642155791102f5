# Exits inside inlined calls that are taken often enough to get side traces: in a
# resumable callee (after a store: the side trace starts inside the callee), in a pure
# callee two calls deep, with a return value whose type changes, and with an exception
# raised in the side trace's callee.


class Counter:
    def __init__(self):
        self.n = 0
        self.hits = 0

    def bump(self, v):
        # Resumable: a branch after a store exits inside the callee.
        self.n = self.n + 1
        if v % 3 == 0:
            self.hits = self.hits + 1
            return v * 2
        return v


def resumed_branch(n):
    c = Counter()
    total = 0
    for i in range(n):
        total += c.bump(i)
    return total, c.n, c.hits


def classify(v):
    if v % 4 == 0:
        return 1
    return 0


class Acc:
    def __init__(self):
        self.k = 0
        self.ones = 0

    def add(self, v):
        # Depth 2: the guard in `classify` exits inside `add`, at its call of `classify`.
        self.k = self.k + 1
        c = classify(v)
        self.ones = self.ones + c
        return c + v


def depth_two(n):
    a = Acc()
    s = 0
    i = 0
    while i < n:
        s = s + a.add(i)
        i += 1
    return s, a.k, a.ones


def half(v):
    if v % 5 == 0:
        return v / 2
    return v // 2


def pick(v):
    # Two calls deep, pure: the return type of `half` alternates.
    return half(v + 1)


def type_changes(n):
    s = 0
    floats = 0
    for i in range(n):
        r = pick(i)
        s = s + int(r)
        if r is None:
            floats -= 1000
    return s, floats


class Div:
    def __init__(self):
        self.calls = 0
        self.big = 0

    def f(self, a, b):
        self.calls = self.calls + 1
        if a % 7 == 0:
            self.big = self.big + 1
            return a // b
        return a


def raising(n, zero_at):
    d = Div()
    s = 0
    for i in range(n):
        # No branch: `b` becomes 0 inside the traces, whose `a // b` exits then.
        b = 1 - i // zero_at
        s += d.f(i, b)
    return s, d


def caught(n, zero_at):
    try:
        return raising(n, zero_at)
    except ZeroDivisionError as e:
        return "caught", str(e)


class Temp:
    def __init__(self):
        self.t = 0

    def step(self, v):
        self.t = self.t + v
        if self.t > 100:
            self.t = self.t - 100
            return 1.5
        return 0


def float_or_int(n):
    m = Temp()
    acc = 0.0
    for i in range(n):
        acc = acc + m.step(i % 17)
    return acc, m.t


for n in (5, 50, 3000):
    print(resumed_branch(n))
    print(depth_two(n))
    print(type_changes(n))
    print(float_or_int(n))
r = raising(3000, 10**9)
print(r[0], r[1].calls, r[1].big)
print(caught(3000, 2000))
print(caught(3000, 2003))
d = Div()
total = 0
for k in range(2):
    total += raising(2000, 10**9)[0]
print(total)
print(raising(3000, 2500))
