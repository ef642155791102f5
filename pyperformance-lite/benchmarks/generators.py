"""generators: generator functions, `yield from` delegation and
generator pipelines.

Walks a balanced binary tree with a recursive in-order generator (each
level delegating via `yield from`), streams the values through a chain of
filtering / mapping generators, merges two sorted generator streams with
next(), and consumes generator expressions with sum().

Exercises: generator creation, resumption and exhaustion (StopIteration
handled by for-loops and next(it, default)), deep `yield from` chains,
generator expressions, closures over loop-invariant values.
"""
import sys

NAME = "generators"
QUICK = 2
DEFAULT = 50
EXPECTED = {
    2: (15563413,),
    50: (90549667,),
}

TREE_SIZE = 20000


class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    """Balanced tree holding lo .. hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.value
        yield from in_order(node.right)


def multiples_of(stream, k):
    for x in stream:
        if x % k == 0:
            yield x


def scaled(stream, factor, offset):
    for x in stream:
        yield x * factor + offset


def running_total(stream):
    total = 0
    for x in stream:
        total += x
        yield total


def take(stream, n):
    if n <= 0:
        return
    for x in stream:
        yield x
        n -= 1
        if n == 0:
            return


def count_from(start, step):
    n = start
    while True:
        yield n
        n += step


def merge(a, b):
    """Merge two ascending generators into one ascending stream."""
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def make_adder(k):
    def gen(stream):
        for x in stream:
            yield x + k
    return gen


def one_round(tree, r):
    # 1. Deep yield-from traversal.
    walked = 0
    for v in in_order(tree):
        walked += v
    # 2. A pipeline of generators.
    pipe = running_total(scaled(multiples_of(in_order(tree), 3), 2, r))
    last = 0
    for last in take(pipe, 5000):
        pass
    # 3. Merge two infinite arithmetic streams, truncated.
    merged = 0
    for i, v in enumerate(take(merge(count_from(r, 3), count_from(1, 5)), 5000)):
        merged += i ^ v
    # 4. Generator expressions and a closure-built generator.
    add_r = make_adder(r)
    squares = sum(x * x for x in add_r(take(count_from(0, 1), 3000)) if x & 1)
    return walked + last + merged + squares


def bench(n):
    tree = build(0, TREE_SIZE)
    checksum = 0
    for r in range(n):
        checksum = (checksum * 1000003 + one_round(tree, r)) % 1000000007
    return (checksum,)


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
