"""unpack_sequence: tuple and list unpacking in unrolled straight-line code.

Exercises: UNPACK_SEQUENCE-style assignment of 2-, 3-, 5- and 10-element
tuples and lists, parallel assignment swaps (a, b = b, a + b), nested
unpacking ((a, b), c = ...), unpacking in for-loop targets, and
star-unpacking (first, *rest = ...).
"""
import sys

NAME = "unpack_sequence"
QUICK = 100000
DEFAULT = 2500000
EXPECTED = {
    100000: (1000000, 15200000, 150151002003, 1500000, 75000),
    2500000: (25000000, 380000000, 750741993003, 37500000, 1875000),
}


def unpack_tuples(n, t):
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += e - f
    return total


def unpack_lists(n, lst):
    total = 0
    for _ in range(n):
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        total += a * e
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        total -= c
    return total


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        b, c = c, b
        a, b, c = c, a, b
        a, b = b, a
        a, b, c = b, c, a
        a, b = b, (a + b) % 1000003
        c, a = a, c
    return a * 1000000 + b * 1000 + c


def nested(n, pairs):
    total = 0
    for _ in range(n):
        for (x, y), z in pairs:
            total += x * y - z
    return total


def star(n, seq):
    total = 0
    for _ in range(n):
        first, *rest = seq
        total += first + len(rest)
        *init, last = seq
        total += last - len(init)
    return total


def bench(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = [11, 12, 13, 14, 15]
    pairs = [((1, 2), 3), ((4, 5), 6), ((7, 8), 9)]
    seq = (5, 4, 3, 2, 1)
    return (unpack_tuples(n, t),
            unpack_lists(n, lst),
            swaps(n),
            nested(n // 4, pairs),
            star(n // 8, seq))


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
