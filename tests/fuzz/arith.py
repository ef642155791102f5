#!/usr/bin/env python3
"""Differential fuzzer: random arithmetic, CPython 3.11 vs pyjit (see README.md)."""
import random, sys

import harness
PYJIT = sys.argv[1]; N = int(sys.argv[2])
def num(r):
    k = r.random()
    if k < 0.3: return str(r.randrange(-20, 20))
    if k < 0.45: return str(r.randrange(-2**70, 2**70))
    if k < 0.55: return str(r.choice([2**63 - 1, -2**63, 2**62, 2**31, -1, 0, 1]))
    if k < 0.8: return repr(r.uniform(-1e3, 1e3))
    if k < 0.9: return repr(r.choice([0.0, -0.0, 1e308, 5e-324, 0.1, 1/3, 1e16, 123456789.0, 2.5, -7.5]))
    return r.choice(["True", "False"])
OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="]
def expr(r, d=0):
    if d > 2 or r.random() < 0.3: return num(r)
    k = r.random()
    if k < 0.7:
        op = r.choice(OPS)
        a, b = expr(r, d+1), expr(r, d+1)
        if op == "**": b = str(r.randrange(-3, 12))
        if op in ("<<", ">>"): b = str(r.randrange(0, 70))
        return "(%s %s %s)" % (a, op, b)
    if k < 0.8: return "(-%s)" % expr(r, d+1)
    if k < 0.85: return "abs(%s)" % expr(r, d+1)
    if k < 0.9: return "round(%s)" % expr(r, d+1)
    if k < 0.95: return "divmod(%s, %s)" % (expr(r, d+1), expr(r, d+1))
    return "int(%s)" % expr(r, d+1)
bad = 0
for seed in range(N):
    r = random.Random(seed)
    lines = []
    for i in range(40):
        e = expr(r)
        fmt = r.choice(["repr(%s)", "str(%s)", "'%%.3f' %% (%s)", "format(%s, 'g')", "f'{%s:.5e}'", "hash(%s)"])
        lines.append(harness.guarded('%s' % (fmt % e)))
    bad += harness.differs(PYJIT, lines, seed, bad)
print("mismatching programs:", bad, "of", N)
