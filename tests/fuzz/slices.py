#!/usr/bin/env python3
"""Differential fuzzer: indexing and slicing, CPython 3.11 vs pyjit (see README.md).

Random slices (steps of either sign and zero, bounds past either end, `None`s, big ints,
bools) of lists, tuples, strings and ranges; slice assignment (also extended slices of the
wrong size) and deletion on lists; and the list methods that take positions (`insert`, `pop`,
`index` with bounds, `remove`, `del xs[i]`) and `slice` objects themselves (`indices`,
`repr`). Every check prints its result or its exception."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])


def bound(r):
    k = r.random()
    if k < 0.2:
        return "None"
    if k < 0.8:
        return str(r.randrange(-8, 9))
    if k < 0.9:
        return r.choice(["2**63", "-2**63", "2**100", "-2**100"])
    return r.choice(["True", "False"])


def step(r):
    k = r.random()
    if k < 0.3:
        return "None"
    if k < 0.9:
        return str(r.choice([1, 2, 3, -1, -2, -3]))
    return r.choice(["0", "2**63", "-2**63"])


def sl(r):
    k = r.random()
    if k < 0.3:
        return "%s:%s" % (bound(r), bound(r))
    return "%s:%s:%s" % (bound(r), bound(r), step(r))


def seq(r):
    n = r.randrange(0, 7)
    k = r.random()
    if k < 0.4:
        return "[%s]" % ", ".join(str(i) for i in range(n))
    if k < 0.6:
        return "(%s)" % "".join("%d, " % i for i in range(n))
    if k < 0.8:
        return repr("abcdefg"[:n])
    return "range(%d, %d, %d)" % (r.randrange(-3, 3), r.randrange(-3, 9), r.choice([1, 2, -1, 3]))


def program(r):
    checks = []
    for _ in range(40):
        k = r.random()
        if k < 0.3:
            # (Not a range with a step past 64 bits: pyjit refuses big-int ranges.)
            checks.append(harness.guarded("%s[%s]" % (seq(r), sl(r).replace("2**63", "2**30"))))
        elif k < 0.4:
            checks.append(harness.guarded("%s[%s]" % (seq(r), bound(r))))
        elif k < 0.55:
            n = r.randrange(0, 7)
            val = r.choice(["[]", "[9]", "[9, 8]", "[9, 8, 7]", "(5, 6)", "'xy'", "range(3)", "7"])
            if r.random() < 0.4:
                checks.append(harness.guarded("setsl2(list(range(%d)), %s, %s, %s)"
                                              % (n, bound(r), bound(r), val)))
            else:
                checks.append(harness.guarded("setsl(list(range(%d)), %s, %s, %s, %s)"
                                              % (n, bound(r), bound(r), step(r), val)))
        elif k < 0.62:
            n = r.randrange(0, 7)
            checks.append(harness.guarded("delsl(list(range(%d)), %s, %s, %s)"
                                          % (n, bound(r), bound(r), step(r))))
        elif k < 0.7:
            n = r.randrange(0, 6)
            checks.append(harness.guarded(
                "(lambda xs: (xs.insert(%s, 'x'), xs)[1])(list(range(%d)))" % (bound(r), n)))
        elif k < 0.77:
            n = r.randrange(0, 6)
            arg = r.choice(["", bound(r)])
            checks.append(harness.guarded(
                "(lambda xs: (xs.pop(%s), xs))(list(range(%d)))" % (arg, n)))
        elif k < 0.84:
            n = r.randrange(0, 6)
            args = ", ".join([str(r.randrange(-1, 6))] + [bound(r) for _ in range(r.randrange(0, 3))])
            checks.append(harness.guarded("%s.index(%s)" % (r.choice(["list(range(%d))" % n,
                                                                      "tuple(range(%d))" % n,
                                                                      "'0123456'[:%d]" % n]),
                                                           args)))
        elif k < 0.9:
            parts = (sl(r).split(":") + ["None"])[:3]
            checks.append(harness.guarded("slice(%s).indices(%d)" % (", ".join(parts), r.randrange(0, 8))))
        elif k < 0.95:
            parts = (sl(r).split(":") + ["None"])[:3]
            checks.append(harness.guarded("repr(slice(%s))" % ", ".join(parts)))
        else:
            n = r.randrange(0, 6)
            checks.append(harness.guarded("deli(list(range(%d)), %s)" % (n, bound(r))))
    return checks


PRELUDE = """
def setsl(xs, a, b, c, v):
    xs[a:b:c] = v
    return xs
def setsl2(xs, a, b, v):
    xs[a:b] = v
    return xs
def delsl(xs, a, b, c):
    del xs[a:b:c]
    return xs
def deli(xs, i):
    del xs[i]
    return xs
""".splitlines()

bad = 0
for seed in range(N):
    bad += harness.differs(PYJIT, program(random.Random(seed)), seed, bad, PRELUDE)
print("mismatching programs:", bad, "of", N)
