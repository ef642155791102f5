"""fib: naive doubly-recursive Fibonacci.

Exercises: plain function calls and returns, integer compare/add,
recursion depth ~ n.  This is the purest call-overhead benchmark.
"""
import sys

NAME = "fib"
QUICK = 20
DEFAULT = 35
EXPECTED = {
    20: (6765, 55),
    35: (9227465, 1597),
}


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench(n):
    # fib(n) plus a shallower call, so the checksum is two results.
    return (fib(n), fib(n // 2))


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
