# Loop kinds the JIT compiles (checked by bin/pyjit/tests/jit_stats.rs).
import math


class P:
    def __init__(self, x):
        self.x = x
        self.vx = 0.0


def f(i, j):
    return i * 2 + j


def run():
    xs = [float(i) for i in range(1000)]
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * math.sqrt(i)
    ps = [(P(float(i)), P(i + 0.5)) for i in range(1000)]
    for a, b in ps:
        d = a.x - b.x
        a.vx -= d * 0.5
    t = 0
    for j in range(1000):
        t += f(j, 3)
    return round(s, 3), ps[3][0].vx, t


print(run())
