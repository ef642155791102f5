#!/usr/bin/env python3
"""Differential fuzzer: operator dispatch on user classes, CPython 3.11 vs pyjit (see README.md).

Two classes (the second sometimes a subclass of the first) get a random subset of the
arithmetic, reflected, in-place, comparison, unary, truth, length, containment, item, hash,
`str`/`repr`/`format` and iteration special methods, each returning a tagged value or
`NotImplemented`; the checks apply every operator to pairs of instances, ints and strings, so
the order in which CPython tries `__op__`, `__rop__` (the subclass' first) and the fallbacks,
and the `TypeError` messages when all decline, must come out the same."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

BINARY = [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
          ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
          ("or", "|"), ("xor", "^"), ("matmul", "@")]
COMPARE = [("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=="), ("ne", "!=")]
UNARY = [("neg", "-"), ("pos", "+"), ("invert", "~"), ("abs", "abs")]


def result(r, tag):
    k = r.random()
    if k < 0.3:
        return "NotImplemented"
    if k < 0.4:
        return "other"
    return repr(tag)


def klass(r, name, base):
    lines = ["class %s(%s):" % (name, base or "object"),
             "    def __init__(self, v):", "        self.v = v"]
    for meth, _ in BINARY:
        for prefix in ("", "r", "i"):
            if r.random() < 0.25:
                lines += ["    def __%s%s__(self, other):" % (prefix, meth),
                          "        return %s" % result(r, "%s.%s%s" % (name, prefix, meth))]
    for meth, _ in COMPARE:
        if r.random() < 0.3:
            lines += ["    def __%s__(self, other):" % meth,
                      "        return %s" % result(r, "%s.%s" % (name, meth))]
    for meth, _ in UNARY:
        if r.random() < 0.3:
            lines += ["    def __%s__(self):" % meth, "        return %r" % ("%s.%s" % (name, meth))]
    k = r.random()
    if k < 0.2:
        lines += ["    def __bool__(self):", "        return self.v > 1"]
    elif k < 0.3:
        lines += ["    def __bool__(self):", "        return 1"]
    if r.random() < 0.3:
        lines += ["    def __len__(self):", "        return %s" % r.choice(["self.v", "-1", "'x'", "2**70"])]
    if r.random() < 0.25:
        lines += ["    def __contains__(self, x):", "        return %s" % r.choice(["x == self.v", "0", "[1]"])]
    if r.random() < 0.3:
        lines += ["    def __getitem__(self, i):",
                  "        if i >= 3:", "            raise IndexError(i)",
                  "        return (%r, i)" % name]
    if r.random() < 0.2:
        lines += ["    def __iter__(self):", "        return iter([self.v, %r])" % name]
    k = r.random()
    if k < 0.2:
        lines += ["    def __hash__(self):", "        return self.v"]
    elif k < 0.3:
        lines += ["    __hash__ = None"]
    # Always a `__repr__` (or an inherited one): the default one prints an address.
    if base is None or r.random() < 0.4:
        lines += ["    def __repr__(self):", "        return '%s(%%r)' %% (self.v,)" % name]
    if r.random() < 0.3:
        lines += ["    def __str__(self):", "        return 'str-%s'" % name]
    if r.random() < 0.2:
        lines += ["    def __format__(self, spec):", "        return 'fmt-' + spec"]
    return lines


def operand(r):
    return r.choice(["A(1)", "A(2)", "B(3)", "B(0)", "5", "'s'", "2.5", "None", "[1]"])


def program(r):
    defs = []
    for meth, op in BINARY:
        defs += ["def i_%s(z, y):" % meth, "    z %s= y" % op, "    return z"]
    defs += klass(r, "A", None)
    defs += klass(r, "B", "A" if r.random() < 0.5 else None)
    checks = []
    for _ in range(40):
        k = r.random()
        x, y = operand(r), operand(r)
        if k < 0.35:
            e = "%s %s %s" % (x, r.choice(BINARY)[1], y)
        elif k < 0.45:
            e = "i_%s(%s, %s)" % (r.choice(BINARY)[0], x, y)
        elif k < 0.65:
            e = "%s %s %s" % (x, r.choice(COMPARE)[1], y)
        elif k < 0.72:
            op = r.choice(UNARY)[1]
            e = "abs(%s)" % x if op == "abs" else "%s%s" % (op, x)
        elif k < 0.76:
            e = "bool(%s)" % x
        elif k < 0.79:
            e = "len(%s)" % x
        elif k < 0.83:
            e = "%s in %s" % (y, x)
        elif k < 0.86:
            e = "list(%s)" % x
        elif k < 0.89:
            e = "(lambda o: hash(o) == hash(o))(%s)" % x
        elif k < 0.92:
            e = "str(%s), repr(%s)" % (x, x)
        elif k < 0.95:
            e = "format(%s, '>3')" % x
        elif k < 0.97:
            e = "%s[1]" % x
        else:
            e = "sorted([%s, %s])" % (x, y)
        checks.append(harness.guarded(e))
    return defs, checks


bad = 0
for seed in range(N):
    defs, checks = program(random.Random(seed))
    bad += harness.differs(PYJIT, checks, seed, bad, defs)
print("mismatching programs:", bad, "of", N)
