"""float: allocate many small Point objects, transform them with
trigonometry, normalise them and fold them together.

Exercises: object allocation (__init__ with several float attributes),
math.sin / math.cos / math.sqrt, method calls, float attribute
arithmetic, list building and iteration, __repr__ via %-formatting.
"""
import sys
import math

NAME = "float"
QUICK = 10000
DEFAULT = 800000
EXPECTED = {
    10000: (0.9231181616094869, 0.9837585383289431, 0.44718090585934145, 241.83960783719664, 'Point(0.923;0.984;0.447)'),
    800000: (0.923140284852625, 0.9837614600786115, 0.4472135954456972, 18252.819232406517, 'Point(0.923;0.984;0.447)'),
}


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "Point(%.3f;%.3f;%.3f)" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def rotate_z(self, angle):
        c = math.cos(angle)
        s = math.sin(angle)
        x = self.x
        self.x = x * c - self.y * s
        self.y = x * s + self.y * c


def run_round(count, angle):
    points = []
    for i in range(count):
        points.append(Point(i))
    for p in points:
        p.normalize()
        p.rotate_z(angle)
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    # Sum of a strided sample keeps every point relevant to the checksum.
    total = 0.0
    for k in range(0, count, 7):
        q = points[k]
        total += q.x - q.y + q.z
    return best, total


def bench(n):
    # Several rounds of moderate size, like a program that allocates many
    # short-lived objects rather than one huge list.
    rounds = 5
    per_round = n // rounds
    acc = 0.0
    best = None
    for r in range(rounds):
        best, total = run_round(per_round, 0.1 * (r + 1))
        acc += total
    return (best.x, best.y, best.z, acc, repr(best))


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
