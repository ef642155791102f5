"""nqueens: count every placement of n non-attacking queens.

Exercises: recursion, sets (add / discard / membership), list append/pop,
small-int arithmetic, and a list comprehension to fingerprint solutions.
"""
import sys

NAME = "nqueens"
QUICK = 9
DEFAULT = 12
EXPECTED = {
    9: (500, 111255307),
    12: (18104, 938990402),
}


class Solver:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag_up = set()     # row + col
        self.diag_down = set()   # row - col
        self.placed = []
        self.count = 0
        self.fingerprint = 0

    def record(self):
        # Fold the solution (column of each row) into a number.
        digits = [c + 1 for c in self.placed]
        value = 0
        for d in digits:
            value = (value * 31 + d) % 1000000007
        self.fingerprint = (self.fingerprint + value) % 1000000007
        self.count += 1

    def place(self, row):
        if row == self.n:
            self.record()
            return
        for col in range(self.n):
            if col in self.cols:
                continue
            up = row + col
            down = row - col
            if up in self.diag_up or down in self.diag_down:
                continue
            self.cols.add(col)
            self.diag_up.add(up)
            self.diag_down.add(down)
            self.placed.append(col)
            self.place(row + 1)
            self.placed.pop()
            self.cols.discard(col)
            self.diag_up.discard(up)
            self.diag_down.discard(down)


def bench(n):
    total = 0
    prints = 0
    # Solve every board size from 4 up to n.
    for size in range(4, n + 1):
        s = Solver(size)
        s.place(0)
        total += s.count
        prints = (prints * 7 + s.fingerprint) % 1000000007
    return (total, prints)


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
