#!/usr/bin/env python3
"""Differential fuzzer for the JIT: random programs of hot loops, CPython 3.11 vs pyjit
`--jit=off`, `--jit=on` and `--jit=on --jit-threshold=1|2|7`; see README.md.

    python3 tests/fuzz/gen_programs.py --emit SEED        # print program SEED
    python3 tests/fuzz/gen_programs.py PYJIT N [FIRST] [OUTDIR]

Each program defines a few classes, small and recursive functions, generators (with
`yield from`) and closures, then a dozen test functions, each a hot loop (`for` over a range,
list, tuple, `enumerate`, `zip`, dict items or a generator, or `while`) whose body mixes int
arithmetic crossing 2**63, float arithmetic, values changing type mid-loop, list/tuple
indexing that goes out of range, instance attributes added/deleted and class attributes
rebound mid-loop, globals rebound mid-loop, calls of small, recursive and polymorphic
functions and methods, try/except inside and around the loop, break/continue/early
return, nested loops, and re-entry (a test function calling itself from inside its loop).
Each loop prints a checksum of its variables every few iterations and at its end.

Programs are deterministic (a function of SEED only). A program is reported when stdout, the
exit status or the last stderr line of any pyjit mode differs from CPython's; crashes
(signals), panics and hangs (timeout) are classified. Failing programs are written to OUTDIR
(default /tmp/pyjit-fuzz) as seed-N.py."""
import multiprocessing
import os
import random
import re
import subprocess
import sys

MODES = [
    ["--jit=off"],
    ["--jit=on"],
    ["--jit=on", "--jit-threshold=1"],
    ["--jit=on", "--jit-threshold=2"],
    ["--jit=on", "--jit-threshold=7"],
]
TIMEOUT = 20

PRELUDE = '''\
G = 5
H = 1.5
class A:
    k = 2
    z = 0
    def __init__(self, x):
        self.x = x
        self.y = 1
    def m(self, v):
        return self.x + v
    def n(self):
        return self.k * 2
    def m2(self, v):
        return self.m(v) + self.k
class B(A):
    def m(self, v):
        return v * 2 - self.y
    def n(self):
        return super().n() + 1
    def m2(self, v):
        return super().m2(v) - 1
class C:
    k = 7
    z = 1.5
    def __init__(self, x):
        self.x = x
        self.y = 2.5
    def m(self, v):
        return v - self.k
    def n(self):
        return -1
    def m2(self, v):
        return self.m(v) * 2
def add(p, q):
    return p + q
def sq(p):
    return p * p
def pick(p, q=3):
    if p > q:
        return p - q
    return q
def div(p, q):
    return p // q
def f2(p):
    return add(p, 1) * 2
def f3(p):
    if p > 50:
        return f2(p) - sq(p % 5)
    return div(p, 3) + f2(p)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def walk(d, v):
    t = 0
    for k in range(3):
        t += v * k
        if d > 0:
            t += walk(d - 1, k + v)
    return t
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def gen1(n):
    for k in range(n):
        yield k * 3 - 1
def gen2(n):
    yield 100
    yield from gen1(n)
    yield -7
def gen3(xs):
    for v in xs:
        if v % 3 == 0:
            continue
        yield v
    return 5
def gen5(n):
    t = 0
    for k in range(n):
        t += k * 3
        if k % 37 == 0:
            yield t
        if k == 150:
            t = t + 2**63
        if t > 2**64:
            t = t % 1000
    yield t * 0.5
def gen4(n):
    r = yield from gen3(range(n))
    yield r
def mk_adder(k):
    def f(v):
        return v + k
    return f
def mk_counter():
    c = 0
    def f(v):
        nonlocal c
        c += v
        return c
    return f
def setg(v):
    global G
    G = v
def ck(*vs):
    t = 0
    for v in vs:
        if v is None:
            t = t * 3 + 1
        elif isinstance(v, float):
            t = t * 5 + int(v * 1000) % 1000003
        elif isinstance(v, (int, bool)):
            t = t * 7 + v % 1000003
        else:
            t = t * 11 + len(str(v))
        t = t % 1000000007
    return t
'''

INT_VARS = ["a", "b"]
NUM_VARS = ["a", "b", "x"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n_funcs = 0
        # Friendly programs keep to what the recorder compiles (no try in loop bodies, one
        # class per test function), so that more of their loops run as traces.
        self.friendly = self.r.random() < 0.5
        self.toplevel = False

    def c(self, *xs):
        return self.r.choice(xs)

    def cls(self):
        if self.friendly:
            return "A(%s)"
        return self.c("A(%s)", "B(%s)", "C(%s)")

    def big(self):
        return str(self.c(2**62, 2**63 - 3, -2**63 + 2, 2**62 + 12345, 4611686018427387000,
                          9223372036854775000, 10**18))

    def small(self):
        return str(self.r.randrange(-20, 30))

    def fl(self):
        return repr(round(self.r.uniform(-50, 50), 2))

    def anyval(self):
        k = self.r.random()
        if k < 0.3:
            return self.small()
        if k < 0.45:
            return self.big()
        if k < 0.7:
            return self.fl()
        return self.c("None", "True", "False", "None")

    def atom(self, i):
        k = self.r.random()
        if k < 0.3:
            return i
        if k < 0.55:
            return self.c(*INT_VARS)
        if k < 0.65:
            return "x"
        if k < 0.7:
            return "G"
        if k < 0.75:
            return "o.x"
        if k < 0.85:
            return self.small()
        return self.c(self.fl(), self.big())

    def expr(self, i, d=0):
        if d > 1 or self.r.random() < 0.3:
            return self.atom(i)
        k = self.r.random()
        e = lambda: self.expr(i, d + 1)  # noqa: E731
        if k < 0.45:
            op = self.c("+", "-", "*", "+", "-", "//", "%", "/", "<<", "&", "^")
            rhs = e()
            if op in ("//", "%"):
                rhs = str(self.c(3, 7, -2, 5))
            if op == "/":
                rhs = str(self.c(3, 7, -2, 1.5))
            if op == "<<":
                rhs = str(self.r.randrange(0, 40))
                return "(int(%s) << %s)" % (e(), rhs)
            if op in ("&", "^"):
                return "(int(%s) %s %s)" % (e(), op, self.small())
            return "(%s %s %s)" % (e(), op, rhs)
        if k < 0.52:
            return "add(%s, %s)" % (e(), e())
        if k < 0.57:
            return "sq(%s)" % e()
        if k < 0.62:
            return "pick(%s)" % e() if self.r.random() < 0.5 else "pick(%s, %s)" % (e(), e())
        if k < 0.66:
            return "fact(%d)" % self.r.randrange(0, 25)
        if k < 0.69:
            return "fib(%s %% 9)" % i
        if k < 0.74:
            return "objs[%s %% len(objs)].m(%s)" % (i, e())
        if k < 0.77:
            return "objs[%s %% len(objs)].n()" % i
        if k < 0.8:
            return self.c("fa(", "f3(", "objs[%s %% len(objs)].m2(" % i) + e() + ")"
        if k < 0.81:
            return "div(%s, %s - %d)" % (e(), i, self.r.randrange(0, 80))
        if k < 0.82:
            return "cnt(%s)" % i
        if k < 0.85:
            return "abs(%s)" % e()
        if k < 0.88:
            return "(%s if %s > %s else %s)" % (e(), e(), e(), e())
        if k < 0.91:
            return "lst[%s %% len(lst)]" % i
        if k < 0.93:
            return "tup[%s %% 5]" % i
        if k < 0.96:
            return "max(%s, %s)" % (e(), e())
        return "o.k"

    def clamp(self, v):
        bound = "1e15" if v == "x" else "4611686018427387904"
        return ["if %s is None:" % v, "    %s = 3" % v,
                "if %s > %s or %s < -%s:" % (v, bound, v, bound),
                "    %s = %s %% 1000003" % (v, v)]

    def stmt(self, i, depth, fn):
        r = self.r
        k = r.random()
        v = self.c(*NUM_VARS)
        if k < 0.2:
            if v != "x" and r.random() < 0.7:
                return ["%s = int(%s)" % (v, self.expr(i))] + self.clamp(v)
            return ["%s = %s" % (v, self.expr(i))] + self.clamp(v)
        if k < 0.23:
            # A call's result stored straight into a local (recursive callees stay calls).
            return ["%s = %s" % (v, self.c("fib(%s %% 9)" % i, "fact(%s %% 25)" % i,
                                           "div(%s, %s - %d)" % (self.atom(i), i, r.randrange(0, 80)),
                                           "walk(%s %% 4, %s)" % (i, self.atom(i)),
                                           "objs[%s %% len(objs)].m2(%s)" % (i, i)))] + self.clamp(v)
        if k < 0.27:
            # Int arithmetic crossing 2**63 mid-loop.
            w = self.c(*INT_VARS)
            return ["%s = %s * %d + %s" % (w, w, r.randrange(2, 5), i),
                    "if %s > 1180591620717411303424 or %s < -1180591620717411303424:" % (w, w),
                    "    %s = %s %% 1000 + %s" % (w, w, self.big())]
        if k < 0.31:
            if r.random() < 0.3:
                return ["if %s %% %d == 0:" % (i, r.randrange(2, 7)),
                        "    x = %s" % self.c("int(x)", "a", "True", "i0 * 0.5", "None" if depth == 0 else "1")] + self.clamp("x")
            return ["x = x * %s + %s / %d" % (self.c("0.5", "1.01", "-0.75"), i, r.randrange(1, 9))]
        if k < 0.36:
            return ["if %s == %d:" % (i, r.randrange(0, 40)), "    %s = %s" % (v, self.anyval())]
        if k < 0.4:
            return ["s = (s * 31 + %s - %s) %% 1000003" % (v, self.c("a", "b", "x", "o.x", "o.y", "G", "o.z"))]
        if k < 0.45:
            # List/tuple indexing, out of range mid-loop.
            seq = self.c("lst", "tup")
            lines = ["%s = %s[%s %% %d - %d]" % (v, seq, i, r.randrange(3, 9), r.randrange(0, 4))]
            if r.random() < 0.7 and not self.friendly:
                lines = ["try:"] + ["    " + ln for ln in lines] + [
                    "except IndexError:", "    s = s - 1"]
            return lines
        if k < 0.48:
            return ["lst[%s %% len(lst)] = %s" % (i, self.expr(i))]
        if k < 0.5:
            return ["if %s %% %d == 0:" % (i, r.randrange(3, 11)), "    lst.append(%s)" % i,
                    "elif len(lst) > 3:", "    lst.pop()"]
        if k < 0.55:
            return ["o.x = %s" % self.expr(i)] + self.clamp("o.x")
        if k < 0.58:
            # An instance attribute shadowing the class's `z`, added and deleted mid-loop.
            return ["if %s == %d:" % (i, r.randrange(0, 40)), "    o.z = %s" % self.anyval(),
                    "if %s == %d:" % (i, r.randrange(0, 60)), "    try:", "        del o.z",
                    "    except AttributeError:", "        s = s + 5",
                    "%s = %s + o.z" % (v, v)] + self.clamp(v)
        if k < 0.6:
            return ["if %s == %d:" % (i, r.randrange(0, 40)), "    del o.y",
                    "if %s == %d:" % (i, r.randrange(0, 60)), "    o.y = %s" % self.anyval(),
                    "%s = %s - o.y" % (v, v)] + self.clamp(v)
        if k < 0.62:
            return ["if %s == %d:" % (i, r.randrange(0, 40)),
                    "    %s.k = %s" % (self.c("A", "C", "B"), self.anyval())]
        if k < 0.64:
            return ["if %s == %d:" % (i, r.randrange(0, 40)),
                    "    %s.m = lambda self, v: %s" % (self.c("A", "B", "C"), self.c("v", "v * 3", "self.x", "None"))]
        if k < 0.66:
            return ["if %s == %d:" % (i, r.randrange(0, 40)), "    o = objs[%d]" % r.randrange(0, 4)]
        if k < 0.69:
            return ["if %s == %d:" % (i, r.randrange(0, 40)),
                    self.c("    G = %s" % self.anyval(), "    setg(%s)" % self.anyval(),
                           "    H = %s" % self.anyval())]
        if k < 0.7:
            return ["if %s == %d:" % (i, r.randrange(0, 40)),
                    "    %s = %s" % (self.c("add", "sq", "fa"),
                                     self.c("mk_adder(3)", "lambda *p: 0", "sq", "add"))]
        if k < 0.73:
            return ["if %s %% %d == %d:" % (i, r.randrange(2, 9), r.randrange(0, 2)), "    continue"]
        if k < 0.75:
            return ["if %s == %d:" % (i, r.randrange(3, 80)), "    break"]
        if k < 0.76 and depth == 0 and not self.toplevel:
            return ["if %s == %d:" % (i, r.randrange(3, 80)), "    return ck(s, a, b, x)"]
        if k < 0.78 and self.friendly:
            return ["%s = %s + %s" % (v, v, self.expr(i))] + self.clamp(v)
        if k < 0.77:
            return ["try:"] + ["    " + ln for ln in self.stmt(i, depth, fn)] + [
                "except (%s) as e:" % self.c("ZeroDivisionError, TypeError", "Exception", "ValueError, TypeError, OverflowError"),
                "    s = s + len(type(e).__name__)"]
        if k < 0.78:
            return ["if %s == %d:" % (i, r.randrange(0, 40)),
                    "    raise %s" % self.c("ValueError('v')", "KeyError(3)")]
        if k < 0.84 and depth < 2:
            return self.loop(depth + 1, fn)
        if k < 0.88:
            # A branch both of whose sides are hot: side traces.
            lines = ["if %s:" % self.c("%s %% %d == %d" % (i, r.randrange(2, 6), r.randrange(0, 2)),
                                       "%s > %s" % (self.atom(i), self.atom(i)),
                                       "%s < %d" % (i, r.randrange(0, 300)))]
            for _ in range(r.randrange(1, 3)):
                lines += ["    " + ln for ln in self.stmt(i, depth + 1, fn)]
            lines.append("else:")
            for _ in range(r.randrange(1, 3)):
                lines += ["    " + ln for ln in self.stmt(i, depth + 1, fn)]
            return lines
        if k < 0.89 and depth == 0 and fn is not None and not self.toplevel:
            # Re-entry: the test function runs its loop again in a deeper frame.
            return ["if depth < 2 and %s in (%d, %d):" % (i, r.randrange(0, 20), r.randrange(20, 60)),
                    "    s = ck(s, %s(depth + 1))" % fn]
        if k < 0.91:
            return ["x = %s" % self.c("x + H", "x * H", "-x", "x / 3", "float(a % 97)")] + self.clamp("x")
        if k < 0.92:
            return ["s = (s + ca(%s) + cnt(1)) %% 1000003" % i]
        if k < 0.94:
            # Appends and pops of ints, floats, big ints and None.
            w = self.c(*NUM_VARS)
            return ["lst.append(%s)" % self.c(i, w, self.anyval(), "%s * 0.5" % i),
                    "%s = lst.pop()" % w] + self.clamp(w) + (
                    ["lst.append(%s)" % i, "lst.pop()"] if r.random() < 0.3 else [])
        if k < 0.96:
            # A set's membership, adds and discards; a frozenset replacing it mid-loop.
            return ["if %s %% %d in st:" % (i, r.randrange(3, 9)), "    s = s + 1",
                    "    st.discard(%s %% 4)" % i, "else:", "    st.add(%s %% %d)" % (i, r.randrange(2, 7)),
                    "if %s == %d:" % (i, r.randrange(0, 60)), "    st = %s" % self.c("frozenset(st)", "set()", "{1, 2}")]
        if k < 0.97:
            # Stores of the value the attribute already holds (and sometimes another).
            return ["o.t = objs[%s %% %d %% len(objs)]" % (i, r.randrange(1, 4)), "s = s + o.t.x"]
        return ["%s += %s" % (v, self.expr(i))] + self.clamp(v)

    def header(self, depth):
        r = self.r
        i = "i%d" % depth
        n = r.randrange(5, 60) if depth else r.randrange(20, 500)
        k = r.random()
        if k < 0.3:
            return ["for %s in range(%d):" % (i, n)], i, None
        if k < 0.4:
            return ["for %s in %s(range(%d)):" % (i, self.c("list", "tuple"), n)], i, None
        if k < 0.47:
            src = self.c("range(%d, %d)" % (r.randrange(-5, 5), n), "gen1(%d)" % n, "gen2(%d)" % n)
            return ["for j%d, %s in enumerate(%s):" % (depth, i, src)], i, None
        if k < 0.54:
            return ["for %s, w%d in zip(range(%d), %s):" % (i, depth, n, self.c("lst * 30", "'abcdefgh' * 9", "gen1(%d)" % n))], i, None
        if k < 0.6:
            return ["for w%d, %s in {str(q): q for q in range(%d)}.items():" % (depth, i, n)], i, None
        if k < 0.7:
            g = self.c("gen1(%d)" % n, "gen2(%d)" % n, "gen3(range(%d))" % n, "gen4(%d)" % n, "gen5(%d)" % (n * 5),
                       "(q * 2 for q in range(%d))" % n)
            return ["for %s in %s:" % (i, g)], i, None
        if k < 0.75:
            return ["for %s in objs * %d:" % ("q%d" % depth, n // 4 + 1),
                    "    %s = q%d.m(%s)" % (i, depth, r.randrange(0, 9)),
                    "    if %s is None:" % i, "        %s = 1" % i,
                    "    %s = int(%s)" % (i, i),
                    "    s = (s + q%d.n() + q%d.x) %% 1000003" % (depth, depth)], i, None
        # while
        c = "n%d" % depth
        return [c + " = 0", "while %s < %d:" % (c, n), "    %s += 1" % c, "    %s = %s" % (i, c)], i, c

    def loop(self, depth, fn):
        head, i, _ = self.header(depth)
        body = []
        for _ in range(self.r.randrange(2, 6 if depth == 0 else 4)):
            body += self.stmt(i, depth, fn)
        body.append("if %s %% %d == 0:" % (i, self.r.randrange(7, 40)) if depth == 0 else "pass")
        if depth == 0:
            body.append("    print('  ', %s, a, b, x, s)" % i)
        lines = head + ["    " + ln for ln in body]
        if self.r.random() < 0.15:
            lines += ["else:", "    s = s + 99"]
        if self.r.random() < 0.2:
            lines = ["try:"] + ["    " + ln for ln in lines] + [
                "except (IndexError, TypeError, ValueError) as e:",
                "    s = ck(s, type(e).__name__, a, b, x)"]
        return lines

    def test_func(self, idx):
        name = "t%d" % idx
        r = self.r
        lines = ["def %s(depth=0):" % name, "    global G, H, add, sq, fa",
                 "    a = %s" % self.c(self.small(), self.big()),
                 "    b = %s" % self.c(self.small(), self.big(), "True"),
                 "    x = %s" % self.fl(),
                 "    s = 0",
                 "    lst = [%s]" % ", ".join(self.c(self.small(), self.small(), self.fl(), self.big()) for _ in range(r.randrange(3, 8))),
                 "    tup = (%s)" % ", ".join(self.small() for _ in range(5)),
                 "    objs = [%s]" % ", ".join(self.cls() % self.small() for _ in range(r.randrange(1, 5))),
                 "    o = objs[0]",
                 "    ca = mk_adder(%s)" % self.small(),
                 "    cnt = mk_counter()", "    st = {1, 5}"]
        for ln in self.loop(0, name):
            lines.append("    " + ln)
        if r.random() < 0.5:
            for ln in self.loop(0, name):
                lines.append("    " + ln)
        lines.append("    return ck(s, a, b, x, o.x, G)")
        return lines

    def rec_func(self, idx):
        """A function whose loop recurses into itself in many iterations (a tree walk): its
        trace's residual calls run the same loop again in deeper frames."""
        name = "t%d" % idx
        r = self.r
        lines = ["def %s(depth=3, width=3):" % name, "    global G, H, add, sq, fa",
                 "    a = %s" % self.small(), "    b = depth * %s" % self.small(),
                 "    x = %s" % self.fl(), "    s = 0",
                 "    lst = [%s]" % ", ".join(self.small() for _ in range(r.randrange(3, 8))),
                 "    tup = (%s)" % ", ".join(self.small() for _ in range(5)),
                 "    objs = [%s]" % ", ".join(self.cls() % self.small() for _ in range(r.randrange(1, 4))),
                 "    o = objs[depth % len(objs)]",
                 "    ca = mk_adder(depth)", "    cnt = mk_counter()", "    st = {1, 5}"]
        i = "i0"
        body = []
        self.deep = r.random() < 0.5
        for _ in range(r.randrange(1, 4)):
            body += self.stmt(i, 1, None)
        if self.deep:
            # Deeper calls at a few iterations of a wide loop (the calls' own loops get hot).
            cond = "depth < %d and (%s * %d + depth) %% %d == %d" % (
                r.randrange(1, 4), i, r.randrange(1, 4), r.randrange(4, 9), r.randrange(0, 3))
            call = "%s(depth + 1, width)" % name
        else:
            cond = self.c("depth > 0", "depth > 0 and %s %% %d != %d" % (i, r.randrange(2, 4), r.randrange(0, 2)),
                          "depth > 0 and a > b")
            call = "%s(depth - 1, (%s + depth) %% %d + 1)" % (name, i, r.randrange(2, 7))
        rec = ["if %s:" % cond, "    s = (s + %s) %% 1000003" % call]
        if r.random() < 0.1:
            rec = ["if %s:" % cond, "    try:", "        s = (s + %s) %% 1000003" % call,
                   "    except (ZeroDivisionError, IndexError, TypeError, AttributeError) as e:",
                   "        s = s + len(type(e).__name__)"]
        body += rec
        for _ in range(r.randrange(0, 3)):
            body += self.stmt(i, 1, None)
        # A late phase: an exit that gets hot only after other activations started,
        # storing objects into the frame's locals.
        body += ["if %s >= width - %d:" % (i, r.randrange(1, 15)),
                 "    label = %s" % self.c("'high'", "'h%d' % depth", "str(i0)"),
                 "    last = %s" % self.c("[depth, i0]", "(depth, i0)", "[i0]"),
                 "    s = s + %d" % r.randrange(1, 9)]
        lines += ["    label = 'low'", "    last = None"]
        # The loop's iterator (or counter) is state each suspended activation keeps.
        head = self.c(["for %s in range(width):" % i],
                      ["for %s in list(range(width)):" % i],
                      ["for %s in tuple(range(width)):" % i],
                      ["for j9, %s in enumerate(range(width)):" % i],
                      ["for %s, w9 in zip(range(width), lst * width):" % i],
                      ["for %s in gen1(width):" % i, "    %s = (%s + 1) // 3" % (i, i)],
                      ["n9 = 0", "while n9 < width:", "    %s = n9" % i, "    n9 += 1"])
        lines += ["    " + ln for ln in head]
        lines += ["        " + ln for ln in body]
        lines.append("    return (s + int(a) * 7 + int(b) + int(x) + len(label) + (last[-1] if last else 0)) % 1000003")
        return lines

    def program(self):
        out = [PRELUDE, "fa = mk_adder(10)"]
        n = self.r.randrange(3, 7)
        recs = {}
        for idx in range(n):
            if self.r.random() < 0.3:
                out += self.rec_func(idx)
                recs[idx] = not self.deep
            else:
                out += self.test_func(idx)
        if self.r.random() < 0.4:
            # A loop at module level: its variables are globals.
            self.toplevel = True
            init = self.test_func(n)
            init = init[2:init.index("    st = {1, 5}") + 1]
            out += [ln[4:] for ln in init]
            out += ["try:"] + ["    " + ln for ln in self.loop(0, None)] + [
                "except Exception as e:", "    print('module raised', type(e).__name__, e)",
                "print('module', ck(s, a, b, x, o.x, G))"]
            self.toplevel = False
        for idx in range(n):
            if idx in recs:
                args = ("d, %d" % self.r.randrange(2, 7)) if recs[idx] else ("0, %d + d * 5" % self.r.randrange(8, 30))
                out += ["for d in range(%d):" % self.r.randrange(3, 8 if recs[idx] else 5), "    try:",
                        "        print('t%d', d, t%d(%s))" % (idx, idx, args),
                        "    except Exception as e:",
                        "        print('t%d raised', type(e).__name__, e)" % idx]
            elif self.r.random() < 0.15:
                # Uncaught at top level: compares the last traceback line.
                out.append("print('t%d', t%d())" % (idx, idx))
            else:
                out += ["try:", "    print('t%d', t%d())" % (idx, idx),
                        "except Exception as e:", "    print('t%d raised', type(e).__name__, e)" % idx]
        return "\n".join(out) + "\n"


def program(seed):
    return Gen(seed).program()


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ("TIMEOUT", "", "")
    err = p.stderr.strip().splitlines()
    last = err[-1] if err else ""
    out = re.sub(r"0x[0-9a-f]{6,}", "0x?", p.stdout)
    return (p.returncode, out, last)


def classify(res):
    code, _, last = res
    if code == "TIMEOUT":
        return "hang"
    if isinstance(code, int) and code < 0:
        return "signal %d" % -code
    if "panicked" in last or code == 101:
        return "panic"
    return "mismatch"


def main():
    if sys.argv[1] == "--emit":
        sys.stdout.write(program(int(sys.argv[2])))
        return
    pyjit = sys.argv[1]
    n = int(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    outdir = sys.argv[4] if len(sys.argv) > 4 else "/tmp/pyjit-fuzz"
    os.makedirs(outdir, exist_ok=True)
    jobs = int(os.environ.get("JOBS", "2"))
    bad = 0
    with multiprocessing.Pool(jobs) as pool:
        results = pool.imap(check, [(pyjit, outdir, seed) for seed in range(first, first + n)])
        for seed, want, failed in results:
            bad += report(seed, want, failed)
    print("%d of %d programs differ" % (bad, n))


def check(args):
    pyjit, outdir, seed = args
    path = os.path.join(outdir, "seed-%d.py" % seed)
    with open(path, "w") as f:
        f.write(program(seed))
    want = run(["python3"], path)
    failed = []
    if want[0] == "TIMEOUT":
        print("seed %d: CPython took over %d s, skipped" % (seed, TIMEOUT), flush=True)
        return seed, want, failed
    for mode in MODES:
        got = run([pyjit] + mode, path)
        if got != want:
            failed.append((" ".join(mode), classify(got), got))
    if not failed:
        os.unlink(path)
    return seed, want, failed


def report(seed, want, failed):
    for mode, kind, got in failed:
        detail = ""
        if got[1] != want[1]:
            el, gl = want[1].splitlines(), got[1].splitlines()
            for k in range(max(len(el), len(gl))):
                x = el[k] if k < len(el) else "<eof>"
                y = gl[k] if k < len(gl) else "<eof>"
                if x != y:
                    detail = "line %d: cpython %r / pyjit %r" % (k + 1, x[:100], y[:100])
                    break
        elif got[2] != want[2]:
            detail = "stderr: cpython %r / pyjit %r" % (want[2][:100], got[2][:100])
        else:
            detail = "status %s vs %s" % (want[0], got[0])
        print("seed %d [%s] %s: %s" % (seed, mode, kind, detail), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    main()
