#!/usr/bin/env python3
"""Differential fuzzer: format specs, %-formatting and repr/str of numbers, CPython 3.11 vs pyjit."""
import random, sys

import harness
PYJIT = sys.argv[1]; N = int(sys.argv[2])
def num(r):
    k = r.random()
    if k < 0.3: return repr(r.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-5, 123.456, 1/3, 2/3, 1e22, 9.995, 0.125, 5e-324, 1.7976931348623157e308, 100.0, 1e100, float("inf"), -float("inf")]))
    if k < 0.5: return repr(r.uniform(-1e6, 1e6) * 10 ** r.randrange(-12, 12))
    if k < 0.75: return str(r.randrange(-10**6, 10**6))
    if k < 0.85: return str(r.randrange(-10**30, 10**30))
    if k < 0.9: return "float('nan')"
    return r.choice(["True", "False", "0", "-1", "255"])
def spec(r):
    fill = r.choice(["", "", "*", "0", " "])
    align = r.choice(["", "", "<", ">", "^", "="]) if fill == "" or r.random() < 0.8 else ""
    if fill and not align: fill = ""
    sign = r.choice(["", "", "+", "-", " "])
    alt = r.choice(["", "", "#"])
    zero = r.choice(["", "", "0"]) if not fill else ""
    width = r.choice(["", "", "1", "8", "12", "20"])
    group = r.choice(["", "", ",", "_"])
    prec = r.choice(["", "", ".0", ".1", ".3", ".10", ".17"])
    typ = r.choice(["", "", "f", "e", "g", "%", "F", "E", "G", "n", "d", "x", "b", "o", "X", "c"])
    return fill + align + sign + alt + zero + width + group + prec + typ
def pct(r):
    flags = r.choice(["", "-", "+", " ", "0", "#", "-+"])
    width = r.choice(["", "5", "12"])
    prec = r.choice(["", ".0", ".2", ".12"])
    typ = r.choice(["d", "i", "f", "e", "g", "G", "x", "o", "r", "s", "E", "F"])
    return "%" + flags + width + prec + typ
bad = 0
for seed in range(N):
    r = random.Random(seed)
    lines = []
    for _ in range(40):
        n = num(r)
        k = r.random()
        if k < 0.6: e = "format(%s, %r)" % (n, spec(r))
        elif k < 0.8: e = "%r %% (%s,)" % (pct(r), n)
        elif k < 0.9: e = "repr(%s)" % n
        else: e = "str(%s)" % n
        lines.append(harness.guarded(e))
    bad += harness.differs(PYJIT, lines, seed, bad)
print("mismatching programs:", bad, "of", N)
