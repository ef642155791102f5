#!/usr/bin/env python3
"""Differential fuzzer for the JIT: random hot loops, CPython 3.11 vs pyjit in three modes
(`--jit=off`, `--jit=on`, `--jit=on --jit-threshold=1`); see README.md.

Each program runs a few loops (`for` over a range or a list, `while`, nested) whose bodies mix
int (small and past 64 bits), float and bool arithmetic, type changes at some iteration,
instance attribute loads and stores, list and tuple items, calls of small functions and
methods (some leaving parameters to their defaults, one with a shared mutable default),
`str %` formatting (also of the wrong types), starred unpacking (also too short), a global
rebound mid-loop, an attribute added to a class mid-loop, `break`,
`continue` and exceptions raised mid-loop, and tests of values that are sometimes None,
a bool, a str or a number (a local, an attribute, a method result, list items, a nested
`for` over such a list or over instances whose attribute is such a mixture): `is`/`is not` None/True/False/each other, `==`/`!=` None and
truthiness. After each loop it prints its variables, so a
guard that resumes the interpreter with a wrong value shows as a differing line."""
import os
import random
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
N = int(sys.argv[2])
MODES = [["--jit=off"], ["--jit=on"], ["--jit=on", "--jit-threshold=1"]]

PRELUDE = '''
import math
G = 3
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = None
    def m(self, x):
        return self.a * x + self.b
    def get(self):
        return self.b
    def getc(self):
        return self.c
class Q(P):
    def m(self, x):
        return x - self.a
def f(x, y):
    return x + y * 2
def h(x):
    if x > 10:
        return x - 3
    return x + 1
def setg(v):
    global G
    G = v
def dflt(x, y=2, z=None):
    if z is None:
        return x * y
    return x - y
def acc(x, out=[]):
    out.append(x)
    return len(out) + x
'''

VARS = ["a", "b", "c"]


def value(r):
    k = r.random()
    if k < 0.6:
        return str(r.randrange(-50, 50))
    if k < 0.64:
        return str(r.choice([2**62, 2**63 - 5, -2**63 + 3, 2**70, 10**20]))
    if k < 0.97:
        return repr(round(r.uniform(-100, 100), 3))
    return r.choice(["True", "False"])


def operand(r, i):
    k = r.random()
    if k < 0.5:
        return r.choice(VARS)
    if k < 0.65:
        return i
    if k < 0.75:
        return "p.a"
    if k < 0.8:
        return "G"
    if k < 0.9:
        return "xs[%d]" % r.randrange(0, 4)
    return value(r)


def expr(r, i, d=0):
    if d > 1 or r.random() < 0.25:
        return operand(r, i)
    k = r.random()
    if k < 0.55:
        op = r.choice(["+", "-", "+", "-", "*", "*", "//", "%", "/", "&", ">>"])
        a, b = expr(r, i, d + 1), expr(r, i, d + 1)
        if op == "*" or op in ("//", "%") and r.random() < 0.8:
            b = str(r.randrange(1, 5) * r.choice([-1, 1]))
        if op == ">>":
            b = str(r.randrange(0, 5))
        return "(%s %s %s)" % (a, op, b)
    if k < 0.65:
        return "f(%s, %s)" % (expr(r, i, d + 1), expr(r, i, d + 1))
    if k < 0.72:
        return "p.m(%s)" % expr(r, i, d + 1)
    if k < 0.77:
        return "h(%s)" % expr(r, i, d + 1)
    if k < 0.82:
        return "abs(%s)" % expr(r, i, d + 1)
    if k < 0.86:
        return "len(xs)"
    if k < 0.88:
        return r.choice(["dflt(%s)", "dflt(%s, 3)", "dflt(%s, z=1)", "acc(%s)"]) % expr(r, i, d + 1)
    if k < 0.9:
        return "min(%s, %s)" % (expr(r, i, d + 1), expr(r, i, d + 1))
    if k < 0.94:
        return "math.sqrt(abs(%s))" % expr(r, i, d + 1)
    return "(%s if %s < %s else %s)" % tuple(expr(r, i, d + 1) for _ in range(4))


def maybe(r):
    """A value of the `n`, `p.c` and `ys` mixtures: None, a bool, a str or a number."""
    return r.choice(["None", "None", "None", "True", "False", "0", "''", "'s'",
                     str(r.randrange(-3, 4)), "0.0", "2.5"])


def mixed(r, extra=()):
    return r.choice(["n", "n", "p.c", "p.c", "p.getc()", "ys[%d]" % r.randrange(0, 4)]
                    + list(extra))


def cond(r, m):
    c = r.choice(["%s is None", "%s is not None", "%s is None", "%s is not None",
                  "%s is True", "%s is not False", "%s == None", "%s != None", "%s",
                  "not %s", "%s is " + mixed(r)])
    return c % m


def maybe_stmt(r, i, depth):
    """A statement on the None/bool/str/number mixtures."""
    v = r.choice(VARS)
    k = r.random()
    if k < 0.4:
        return ["if %s:" % cond(r, mixed(r)), "    %s += %d" % (v, r.randrange(1, 9)),
                "else:", "    %s -= 1" % v]
    if k < 0.5:
        return ["if %s:" % cond(r, mixed(r)), "    continue"]
    if k < 0.6:
        return ["if %s %% %d == %d:" % (i, r.randrange(2, 9), r.randrange(0, 2)),
                "    n = %s" % maybe(r)]
    if k < 0.7:
        return ["if %s %% %d == %d:" % (i, r.randrange(2, 9), r.randrange(0, 2)),
                "    p.c = %s" % maybe(r)]
    if k < 0.78:
        return ["ys[%d] = %s" % (r.randrange(0, 4), maybe(r))]
    if k < 0.86:
        return ["n = %s" % mixed(r)]
    if k < 0.93:
        return ["if %s %% %d == 0:" % (i, r.randrange(3, 9)), "    p.c = %s" % mixed(r)]
    if depth == 0 and k < 0.96:
        return ["for y in ys * %d:" % r.randrange(1, 8),
                "    if %s:" % cond(r, mixed(r, ["y", "y", "y"])),
                "        %s += 1" % v]
    if depth == 0:
        # Instances whose attribute is a mixture: each iteration reads another one.
        return ["for q in qs * %d:" % r.randrange(1, 8),
                "    if %s:" % cond(r, mixed(r, ["q.c", "q.c", "q.getc()"])),
                "        %s += 1" % v,
                "    else:",
                "        %s -= 1" % v]
    return ["n = %s" % maybe(r)]


def stmt(r, i, depth):
    """One statement of a loop body whose induction variable is `i`."""
    if r.random() < 0.3:
        return maybe_stmt(r, i, depth)
    v = r.choice(VARS)
    k = r.random()
    if k < 0.35:
        return ["%s = %s" % (v, expr(r, i))]
    if k < 0.42:
        return ["%s = (%s) %% 1000003" % (v, expr(r, i))]
    if k < 0.48:
        return ["if %s %% %d == %d:" % (i, r.randrange(2, 9), r.randrange(0, 2)),
                "    %s = %s" % (v, value(r))]
    if k < 0.54:
        return ["p.a = %s" % expr(r, i)]
    if k < 0.58:
        return ["if %s == %d:" % (i, r.randrange(0, 30)),
                "    p = %s(%s, %s)" % (r.choice(["P", "Q"]), expr(r, i), value(r))]
    if k < 0.63:
        return ["xs[%s %% len(xs)] = %s" % (i, expr(r, i))]
    if k < 0.66:
        return ["%s, %s = %s, %s" % (v, r.choice(VARS), r.choice(VARS), v)]
    if k < 0.69:
        return ["if %s == %d:" % (i, r.randrange(0, 40)), "    setg(%s)" % value(r)]
    if k < 0.71:
        return ["if %s == %d:" % (i, r.randrange(0, 40)),
                "    P.get = lambda self: %s" % value(r)]
    if k < 0.73:
        return ["%s = p.get()" % v]
    if k < 0.76:
        return ["if %s > %s:" % (expr(r, i), expr(r, i)), "    continue"]
    if k < 0.78:
        return ["if %s == %d:" % (i, r.randrange(5, 60)), "    break"]
    if k < 0.82:
        return ["t = (%s, %s)" % (expr(r, i), expr(r, i)), "%s = t[%d]" % (v, r.randrange(0, 2))]
    if k < 0.83:
        fmt = r.choice(["'v%d'", "'%s-%d'", "'%.2f|%r'", "'%x'", "'%5d%%'"])
        n = fmt.count("%") - 2 * fmt.count("%%")
        args = ", ".join(r.choice(VARS + [i]) for _ in range(n))
        return ["try:", "    s = %s %% (%s,)" % (fmt, args), "    %s = len(s)" % v,
                "except (TypeError, ValueError) as e:", "    %s = %s" % (v, value(r))]
    if k < 0.84:
        return ["try:", "    %s, *rest = %s" % (v, r.choice(["xs", "t", "(a, b, c)", "[a]", "()"])),
                "    %s = len(rest)" % r.choice(VARS),
                "except (ValueError, NameError) as e:", "    %s = %s" % (v, value(r))]
    if k < 0.86:
        return ["try:", "    %s = %s" % (v, expr(r, i)),
                "except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:",
                "    %s = %s" % (v, value(r))]
    if k < 0.9 and depth == 0:
        j = "j"
        body = ["for j in range(%d):" % r.randrange(1, 6)]
        for _ in range(r.randrange(1, 3)):
            body += ["    " + s for s in stmt(r, j, depth + 1)]
        return body
    return ["%s += %s" % (v, expr(r, i))]


def program(r):
    lines = [PRELUDE]
    for n in range(3):
        lines.append("def run%d():" % n)
        lines.append("    a, b, c = %s, %s, %s" % (value(r), value(r), value(r)))
        lines.append("    p = P(%s, %s)" % (value(r), value(r)))
        lines.append("    xs = [%s]" % ", ".join(value(r) for _ in range(4)))
        lines.append("    ys = [%s]" % ", ".join(maybe(r) for _ in range(4)))
        lines.append("    n = %s" % maybe(r))
        lines.append("    qs = [P(0, 0) for _ in range(5)]")
        for j in range(5):
            lines.append("    qs[%d].c = %s" % (j, maybe(r)))
        kind = r.random()
        if kind < 0.5:
            head, i = "for i in range(%d):" % r.randrange(20, 80), "i"
        elif kind < 0.7:
            head, i = "for x in xs * %d:" % r.randrange(5, 20), "x"
        else:
            lines.append("    i = 0")
            head, i = "while i < %d:" % r.randrange(20, 80), "i"
        lines.append("    " + head)
        if head.startswith("while"):
            lines.append("        i += 1")
        for _ in range(r.randrange(2, 7)):
            lines += ["        " + s for s in stmt(r, i, 0)]
        lines.append("    return a, b, c, p.a, xs, G, n, p.c, ys")
        lines.append("try:")
        lines.append("    print(run%d())" % n)
        lines.append("except Exception as e:")
        lines.append("    print(type(e).__name__, e)")
    return "\n".join(lines) + "\n"


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    return p.stdout + ("" if p.returncode == 0 else "exit %d\n%s" % (p.returncode, p.stderr[-300:]))


bad = 0
for seed in range(N):
    src = program(random.Random(seed))
    fd, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w") as fh:
        fh.write(src)
    try:
        want = run(["python3"], path)
        for mode in MODES:
            got = run([PYJIT] + mode, path)
            if got != want:
                bad += 1
                if bad <= 10:
                    print("seed", seed, "mode", " ".join(mode))
                    for x, y in zip(want.splitlines(), got.splitlines()):
                        if x != y:
                            print("   cpython:", x[:200])
                            print("   pyjit:  ", y[:200])
                            break
                    else:
                        print("   cpython:", want[-200:])
                        print("   pyjit:  ", got[-200:])
                break
    finally:
        os.unlink(path)
print("mismatching programs:", bad, "of", N)
