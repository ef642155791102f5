#!/usr/bin/env python3
"""Differential fuzzer: argument binding, CPython 3.11 vs pyjit (see README.md).

Random signatures (positional-only parameters, defaults, `*args`, keyword-only parameters with
and without defaults, `**kwargs`) of functions, methods, lambdas and `__init__`, called with
random positional arguments, keywords (unknown ones and ones given twice too), `*` and `**`
unpacking; each call prints the bound parameters or the exception, whose message names the
function and the parameters as CPython's does."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])
NAMES = ["a", "b", "c", "d", "e", "f"]


def signature(r):
    names = NAMES[:]
    r.shuffle(names)
    params, shown = [], []
    npos = r.randrange(0, 4)
    ndef = r.randrange(0, npos + 1)
    for i in range(npos):
        n = names.pop()
        shown.append(n)
        params.append(n + ("=%d" % (10 * i) if i >= npos - ndef else ""))
    if npos and r.random() < 0.25:
        params.insert(r.randrange(1, npos + 1), "/")
        if params[-1] == "/" and not r.random() < 0.5:
            pass
    star = r.random() < 0.3
    if star:
        params.append("*args")
        shown.append("args")
    nkw = r.randrange(0, 3)
    if nkw and not star:
        params.append("*")
    for i in range(nkw):
        n = names.pop()
        shown.append(n)
        params.append(n + ("=%d" % (100 + i) if r.random() < 0.5 else ""))
    if r.random() < 0.3:
        params.append("**kw")
        shown.append("kw")
    return params, shown


def call_args(r):
    parts = [str(r.randrange(0, 9)) for _ in range(r.randrange(0, 5))]
    for _ in range(r.randrange(0, 3)):
        parts.append("%s=%d" % (r.choice(NAMES + ["z"]), r.randrange(0, 9)))
    if r.random() < 0.15:
        parts.insert(0, "*[%s]" % ", ".join(str(r.randrange(9)) for _ in range(r.randrange(3))))
    if r.random() < 0.15:
        parts.append("**{%s}" % ", ".join("%r: %d" % (r.choice(NAMES), r.randrange(9))
                                         for _ in range(r.randrange(3))))
    # Keywords before positionals would be a SyntaxError: keep positionals first.
    pos = [p for p in parts if "=" not in p and not p.startswith("**")]
    kws = [p for p in parts if "=" in p or p.startswith("**")]
    return ", ".join(pos + kws)


def program(r):
    lines = []
    checks = []
    for n in range(6):
        params, shown = signature(r)
        sig = ", ".join(params)
        body = "(%s)" % "".join("%s, " % s for s in shown)
        kind = r.choice(["def", "def", "method", "init", "lambda"])
        if kind == "def":
            lines.append("def f%d(%s):\n    return %s" % (n, sig, body))
            target = "f%d" % n
        elif kind == "lambda":
            lines.append("f%d = lambda %s: %s" % (n, sig, body))
            target = "f%d" % n
        elif kind == "method":
            s = "self, " + sig if sig else "self"
            lines.append("class C%d:\n    def m(%s):\n        return %s" % (n, s, body))
            target = "C%d().m" % n
        else:
            s = "self, " + sig if sig else "self"
            lines.append("class C%d:\n    def __init__(%s):\n        self.v = %s\n"
                         "    def __repr__(self):\n        return repr(self.v)" % (n, s, body))
            target = "C%d" % n
        for _ in range(8):
            checks.append(harness.guarded("%s(%s)" % (target, call_args(r))))
    return lines, checks


bad = 0
for seed in range(N):
    defs, checks = program(random.Random(seed))
    bad += harness.differs(PYJIT, checks, seed, bad, defs)
print("mismatching programs:", bad, "of", N)
