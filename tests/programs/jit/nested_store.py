class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = self.n + k


class Acc:
    def __init__(self, c):
        self.c = c
        self.calls = 0

    def add(self, v):
        self.calls = self.calls + 1
        self.c.bump(v)
        return v * 2


def f(a, n):
    t = 0
    for i in range(n):
        t += a.add(i)
    return t


c = Counter()
a = Acc(c)
print(f(a, 1000), c.n, a.calls)


# The nested store followed by a guard in the same call (a read back, an overflow check):
# the trace is not compiled, results are the interpreter's.
class Rng:
    def __init__(self):
        self.seed = 7

    def next(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed


class Game:
    def __init__(self, rng):
        self.rng = rng
        self.count = 0

    def step(self):
        self.count += 1
        return self.rng.next() % 100


def play(g, n):
    t = 0
    for i in range(n):
        t += g.step()
    return t


g = Game(Rng())
print(play(g, 700), g.count, g.rng.seed)


# Exits after the nested store: an int that goes big, then a type change, then an
# exception; every store before each of them is visible.
def g2(a, items):
    t = 0
    for x in items:
        t += a.add(x)
    return t


c2 = Counter()
a2 = Acc(c2)
big = [1] * 300 + [2**62, 2**62, 3] + [1.5] * 50 + [4] * 50
print(g2(a2, big), c2.n, a2.calls)
try:
    g2(a2, [1] * 300 + ["x"] + [1] * 10)
except TypeError as e:
    print("TypeError", e)
print(c2.n, a2.calls)
