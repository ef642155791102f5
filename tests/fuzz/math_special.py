#!/usr/bin/env python3
"""Differential fuzzer: math.erf/erfc/gamma/lgamma/asinh/acosh/atanh/cbrt/exp2/nextafter/ulp/
remainder, CPython 3.11 vs pyjit (see README.md). Results are compared bit for bit
(`float.hex`), or the exception's type and message."""
import math, random, sys

import harness
PYJIT = sys.argv[1]; N = int(sys.argv[2])
EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-20, -1e-20, 1e-300, 5e-324, -5e-324,
         2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
         float("inf"), float("-inf"), float("nan"), 171.5, 171.7, 200.0, -200.5, 140.0,
         -140.5, 5.0, 5.524680040776729583740234375, 23.0, 24.0, -0.9999999999999999,
         0.9999999999999999, 1.0000000000000002, 27.0, 1e16, -1e16, 1024.0, -1075.0, 1e-10]
def arg(r, fn):
    k = r.random()
    if k < 0.1: return r.choice(EDGES)
    if k < 0.15: return float(r.randrange(-30, 200))            # integers: poles, exact gammas
    if k < 0.2: return r.randrange(-30, 30) + 0.5                 # half integers: sin_pi cases
    if k < 0.3: return r.uniform(-1, 1)
    if k < 0.45: return r.uniform(-8, 8)
    if fn in ("gamma",): return r.uniform(-210, 210)
    if fn in ("exp2",): return r.uniform(-1100, 1100)
    if fn in ("erf", "erfc"): return r.uniform(-30, 30)
    if k < 0.7: return math.copysign(math.exp(r.uniform(-700, 709)), r.random() - 0.5)
    return math.copysign(r.uniform(0, 1e6), r.random() - 0.5)
UNARY = ["erf", "erfc", "gamma", "lgamma", "asinh", "acosh", "atanh", "cbrt", "exp2", "ulp"]
BINARY = ["nextafter", "remainder"]
# Arguments of other types: ints (big ones too), bools, and the wrong types.
ODD = ["3", "-7", "True", "10**400", "'x'", "None", "2**53+1"]
PRELUDE = ["import math", "def h(v):\n    return v.hex() if isinstance(v, float) else repr(v)"]
bad = 0
for seed in range(N):
    r = random.Random(seed)
    lines = []
    for i in range(100):
        if r.random() < 0.8:
            fn = r.choice(UNARY)
            a = repr(arg(r, fn)) if r.random() < 0.97 else r.choice(ODD)
            call = "math.%s(%s)" % (fn, a.replace("inf", "float('inf')").replace("nan", "float('nan')"))
        else:
            fn = r.choice(BINARY)
            x, y = arg(r, fn), arg(r, fn)
            if r.random() < 0.3: y = r.choice(EDGES)
            if fn == "remainder" and r.random() < 0.3:
                y = float(r.randrange(1, 10)) * r.choice([1, 0.5, 0.25, 1e-310])
                x = y * r.randrange(-50, 50) * 0.5
            call = "math.%s(%s, %s)" % (fn, repr(x), repr(y))
            call = call.replace("inf", "float('inf')").replace("nan", "float('nan')")
        if r.random() < 0.01: call = "math.%s()" % fn
        lines.append(harness.guarded("h(%s)" % call))
    bad += harness.differs(PYJIT, lines, seed, bad, PRELUDE)
print("mismatching programs:", bad, "of", N)
