#!/usr/bin/env python3
"""Exhaustive table, not random: every operator special method of builtin values
(`(5).__add__(2.5)`, `'ab'.__rmod__('x')`, `{1}.__le__(frozenset())`, ...) called on 21
values with each of the 21 as operand, and the unary ones, under CPython 3.11 and pyjit.
Prints the calls whose printed result (type and repr, or exception type and message)
differs. Hashes CPython seeds or takes from addresses (str, None, range) are left out."""
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
VALUES = ["0", "5", "-3", "True", "False", "2.5", "-0.0", "10**20", "'ab'", "''", "[1, 2]", "[]",
          "(1,)", "()", "{1: 2}", "{}", "{1, 2}", "set()", "frozenset({2})", "None", "range(3)"]
BINARY = ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
          "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
          "__rpow__", "__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__",
          "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__eq__", "__ne__",
          "__lt__", "__le__", "__gt__", "__ge__"]
UNARY = ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__",
         "__index__", "__trunc__", "__floor__", "__ceil__", "__round__", "__hash__", "__repr__",
         "__str__", "__len__"]
PRELUDE = """def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)"""


def calls():
    for a in VALUES:
        for n in UNARY:
            if n == "__hash__" and a in ("'ab'", "None", "range(3)"):
                continue
            yield "(%s).%s()" % (a, n)
        for n in BINARY:
            for b in VALUES:
                # (10**20) ** (10**20) never ends.
                if n in ("__pow__", "__rpow__", "__lshift__", "__rlshift__") and "10**20" in (a, b):
                    continue
                yield "(%s).%s(%s)" % (a, n, b)


def main():
    lines = list(calls())
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PRELUDE + "\n" + "\n".join("t(lambda: %s)" % c for c in lines) + "\n")
    e = subprocess.run(["python3", f.name], capture_output=True, text=True).stdout.splitlines()
    g = subprocess.run([PYJIT, f.name], capture_output=True, text=True).stdout.splitlines()
    bad = [(c, x, y) for c, x, y in zip(lines, e, g) if x != y]
    for c, x, y in bad[:30]:
        print(c, "\n   cpython:", x[:150], "\n   pyjit:  ", y[:150])
    if len(e) != len(g):
        print("output length differs:", len(e), len(g))
    print("%d of %d calls differ" % (len(bad), len(lines)))


main()
