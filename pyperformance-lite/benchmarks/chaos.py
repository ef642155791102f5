"""chaos: a "chaos game" fractal whose attractors include a spline curve.

A point repeatedly jumps half-way towards a randomly chosen target: either
one of three fixed corners or a random point on a closed piecewise cubic
Bezier curve (evaluated with de Casteljau's algorithm).  Visited pixels are
counted on a grid.

Exercises: operator overloading (__add__, __sub__, __mul__) on a small
vector class (many short-lived objects), method calls, an inline LCG
(integer multiply / mask), float->int conversion, list-of-lists indexing.
"""
import sys

NAME = "chaos"
QUICK = 5000
DEFAULT = 300000
EXPECTED = {
    5000: (4547, 92185129, 0.7691583234561277, 0.31103908381666334),
    300000: (30785, 538188323, 0.515463770240365, 0.18010578049240783),
}

WIDTH = 256
HEIGHT = 256


class Rng:
    """31-bit linear congruential generator (deterministic, no imports)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n

    def uniform(self):
        return self.next() / 2147483648.0


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


class BezierLoop:
    """Closed chain of cubic Bezier segments sharing end points."""

    def __init__(self, points):
        # points: 3 * segments control points; the chain wraps around.
        self.points = points
        self.segments = len(points) // 3

    def evaluate(self, t):
        s = t * self.segments
        seg = int(s)
        if seg >= self.segments:
            seg = self.segments - 1
        u = s - seg
        pts = self.points
        base = 3 * seg
        ctrl = [pts[base], pts[base + 1], pts[base + 2], pts[(base + 3) % len(pts)]]
        # de Casteljau: repeatedly interpolate neighbours.
        while len(ctrl) > 1:
            ctrl = [ctrl[i].lerp(ctrl[i + 1], u) for i in range(len(ctrl) - 1)]
        return ctrl[0]


class ChaosGame:
    def __init__(self, seed):
        self.rng = Rng(seed)
        self.corners = [Vec(0.02, 0.02), Vec(0.98, 0.02), Vec(0.5, 0.98)]
        self.curve = BezierLoop([
            Vec(0.5, 0.2), Vec(0.8, 0.1), Vec(0.9, 0.4),
            Vec(0.7, 0.6), Vec(0.6, 0.8), Vec(0.4, 0.8),
            Vec(0.3, 0.6), Vec(0.1, 0.4), Vec(0.2, 0.1),
        ])
        self.grid = [[0] * WIDTH for _ in range(HEIGHT)]

    def target(self):
        r = self.rng.below(5)
        if r < 3:
            return self.corners[r]
        return self.curve.evaluate(self.rng.uniform())

    def plot(self, p):
        x = int(p.x * WIDTH)
        y = int(p.y * HEIGHT)
        if 0 <= x < WIDTH and 0 <= y < HEIGHT:
            self.grid[y][x] += 1

    def run(self, steps):
        p = Vec(0.5, 0.5)
        for i in range(steps):
            p = p.lerp(self.target(), 0.5)
            if i >= 20:
                self.plot(p)
        return p

    def checksum(self):
        lit = 0
        weighted = 0
        for y in range(HEIGHT):
            row = self.grid[y]
            for x in range(WIDTH):
                c = row[x]
                if c:
                    lit += 1
                    weighted = (weighted * 31 + c * (x + 1) + y) % 1000000007
        return lit, weighted


def bench(n):
    game = ChaosGame(20240601)
    last = game.run(n)
    lit, weighted = game.checksum()
    return (lit, weighted, last.x, last.y)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
