#!/usr/bin/env python3
"""Differential fuzzer: `fractions`, `statistics`, `math.fsum`, CPython 3.11 vs pyjit (see
README.md).

Random Fractions (from int pairs, strings, floats) combined with ints, floats and each
other by every operator, `round`/`math.floor`/`limit_denominator`/`hash`; the statistics
functions over random data of ints, floats, Fractions and mixtures (ties, duplicates,
extremes, infinities, one or two points); `math.fsum` of random floats. Every check
prints its result (repr) or its exception."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

OPS = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">="]
STATS = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode",
         "multimode", "variance", "pvariance", "stdev", "pstdev", "harmonic_mean",
         "geometric_mean", "quantiles"]


def fraction(r):
    k = r.randrange(4)
    if k == 0:
        return "F(%d, %d)" % (r.randint(-40, 40), r.choice([1, 2, 3, 7, -5, 12, 0, 10**20]))
    if k == 1:
        s = r.choice(["%d/%d", "%d.%d", "-%d.%de-3", " %d ", "%d_0/%d", "%de%d"])
        return "F(%r)" % (s % (r.randint(0, 999), r.randint(1, 99)) if s.count("%") == 2
                          else s % r.randint(0, 999))
    if k == 2:
        return "F(%r)" % r.choice([0.1, -2.5, 1e-7, 3.0, 1 / 3, 1e22])
    return "F(%d)" % r.randint(-9, 9)


def number(r):
    k = r.randrange(5)
    if k <= 1:
        return fraction(r)
    if k == 2:
        return str(r.randint(-6, 6))
    if k == 3:
        return repr(r.choice([0.5, -1.25, 2.0, 0.1, 1e300, float("inf"), 3.0]))
    return r.choice(["True", "10**30", "-7"])


def data(r):
    n = r.choice([1, 2, 3, 4, 5, 8, 13])
    kind = r.randrange(5)
    out = []
    for _ in range(n):
        if kind == 0:
            out.append(str(r.randint(-20, 20)))
        elif kind == 1:
            out.append(repr(round(r.uniform(-50, 50), r.randint(0, 6))))
        elif kind == 2:
            out.append(fraction(r))
        elif kind == 3:
            out.append(r.choice(["1", "2.5", "F(1, 3)", "0", "7", "1e100", "-3"]))
        else:
            out.append(r.choice(["3", "3", "4", "4.0", "1"]))
    return "[%s]" % ", ".join(out)


def check(r):
    k = r.randrange(8)
    if k <= 2:
        op = r.choice(OPS)
        if op == "**":
            # Small exponents only: F(10**20) ** 10**30 never finishes, in either.
            exp = r.choice(["2", "-1", "0", "3", "F(1, 2)", "F(-2)", "0.5", "-2.0"])
            base = number(r)
            if exp in ("F(1, 2)", "0.5"):
                base = "abs(%s)" % base  # a negative base makes a complex number
            return "repr(%s ** %s)" % (base, exp)
        return "repr(%s %s %s)" % (number(r), op, number(r))
    if k == 3:
        f = fraction(r)
        return r.choice(["repr(round(%s))", "repr(round(%s, 2))", "repr(round(%s, -1))",
                         "repr(math.floor(%s))", "hash(%s)", "repr(%s.limit_denominator(7))",
                         "repr(float(%s))", "str(%s)", "repr(divmod(%s, 3))",
                         "repr(int(%s))"]) % f
    if k <= 6:
        fn = r.choice(STATS)
        return "repr(statistics.%s(%s))" % (fn, data(r))
    xs = [repr(r.uniform(-1, 1) * 10 ** r.randint(-20, 20)) for _ in range(r.randrange(8))]
    return "repr(math.fsum([%s]))" % ", ".join(xs + ["1e16", "-1e16", "1.0"][: r.randrange(4)])


bad = 0
shown = 0
for seed in range(N):
    r = random.Random(seed)
    lines = [harness.guarded(check(r)) for _ in range(25)]
    prelude = ["import math, statistics", "from fractions import Fraction as F"]
    if harness.differs(PYJIT, lines, seed, shown, prelude):
        bad += 1
        shown += 1
print("fractions/statistics: %d of %d programs differ" % (bad, N))
