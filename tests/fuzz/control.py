#!/usr/bin/env python3
"""Differential fuzzer: random control flow, CPython 3.11 vs pyjit (see README.md).

Functions nest `if`, `for` and `while` loops with `break`/`continue`, `try` with `except`,
`else` and `finally` (including `return`, `break` and `continue` inside `finally`), `with`
blocks whose context manager may swallow the exception, `raise` of several types (bare
`raise` and `raise ... from ...` too) and generators that yield from inside all of these. Each
function logs what ran; the program prints the log, the return value or the exception that
escaped, so a block that unwinds to the wrong handler or runs a `finally` twice shows."""
import os
import random
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
N = int(sys.argv[2])

PRELUDE = '''
class CM:
    def __init__(self, log, k, swallow):
        self.log = log
        self.k = k
        self.swallow = swallow
    def __enter__(self):
        self.log.append(("enter", self.k))
        return self.k
    def __exit__(self, t, v, tb):
        self.log.append(("exit", self.k, t.__name__ if t else None))
        return self.swallow
class Oops(Exception):
    pass
'''

EXC = ["ValueError(%d)", "KeyError(%d)", "Oops(%d)", "IndexError(%d)"]
CATCH = ["ValueError", "KeyError", "Oops", "LookupError", "Exception", "(ValueError, Oops)",
         "ZeroDivisionError"]


class Gen:
    def __init__(self, r, gen):
        self.r = r
        self.gen = gen
        self.k = 0

    def tick(self):
        self.k += 1
        return self.k

    def block(self, ind, d, loop, handler, fin):
        out = []
        for _ in range(self.r.randrange(1, 4)):
            out += self.stmt(ind, d, loop, handler, fin)
        return out

    def stmt(self, ind, d, loop, handler, fin):
        r = self.r
        p = "    " * ind
        k = r.random()
        if d > 3:
            k = r.random() * 0.4
        if k < 0.2:
            return [p + "log.append(%d)" % self.tick()]
        if k < 0.26 and self.gen:
            return [p + "yield %d" % self.tick()]
        if k < 0.32:
            return [p + "raise " + r.choice(EXC) % self.tick()]
        if k < 0.35:
            return [p + "log.append(1 // (n - %d))" % r.randrange(0, 4)]
        if k < 0.4 and loop:
            return [p + "if n %% %d == %d:" % (r.randrange(2, 4), r.randrange(0, 2)),
                    p + "    " + r.choice(["break", "continue"])]
        if k < 0.43 and handler:
            return [p + "raise"]
        if k < 0.46 and not self.gen:
            return [p + "if n == %d:" % r.randrange(0, 4), p + "    return %d" % self.tick()]
        if k < 0.55:
            out = [p + "if n %% %d == %d:" % (r.randrange(2, 4), r.randrange(0, 2))]
            out += self.block(ind + 1, d + 1, loop, handler, fin)
            if r.random() < 0.5:
                out += [p + "else:"] + self.block(ind + 1, d + 1, loop, handler, fin)
            return out
        if k < 0.65:
            v = "i%d" % d
            if r.random() < 0.7:
                out = [p + "for %s in range(%d):" % (v, r.randrange(1, 4)),
                       p + "    log.append((%r, %s))" % (v, v)]
            else:
                out = [p + "%s = 0" % v, p + "while %s < %d:" % (v, r.randrange(1, 4)),
                       p + "    %s += 1" % v]
            out += self.block(ind + 1, d + 1, True, handler, fin)
            if r.random() < 0.3:
                out += [p + "else:", p + "    log.append(('else', %d))" % self.tick()]
            return out
        if k < 0.72:
            out = [p + "with CM(log, %d, %s) as w:" % (self.tick(), r.choice(["True", "False"]))]
            return out + self.block(ind + 1, d + 1, loop, handler, fin)
        out = [p + "try:"] + self.block(ind + 1, d + 1, loop, handler, fin)
        excepts = r.randrange(0, 3)
        for _ in range(excepts):
            out += [p + "except %s as e:" % r.choice(CATCH),
                    p + "    log.append(('caught', type(e).__name__, str(e)))"]
            out += self.block(ind + 1, d + 1, loop, True, fin)
        if excepts and r.random() < 0.4:
            out += [p + "else:"] + self.block(ind + 1, d + 1, loop, handler, fin)
        if not excepts or r.random() < 0.5:
            out += [p + "finally:", p + "    log.append(('finally', %d))" % self.tick()]
            if r.random() < 0.3:
                out += self.block(ind + 1, d + 1, loop, handler, True)
        return out


def program(r):
    lines = [PRELUDE]
    for n in range(3):
        gen = r.random() < 0.3
        g = Gen(r, gen)
        lines.append("def fn%d(n, log):" % n)
        lines += g.block(1, 0, False, False, False)
        if not gen:
            lines.append("    return 'end'")
        else:
            lines.append("    yield 'end'")
        lines.append("for n in range(4):")
        lines.append("    log = []")
        lines.append("    try:")
        call = "list(fn%d(n, log))" % n if gen else "fn%d(n, log)" % n
        lines.append("        print(n, %s, log)" % call)
        lines.append("    except Exception as e:")
        lines.append("        print(n, 'raised', type(e).__name__, e, repr(e.__context__), log)")
    return "\n".join(lines) + "\n"


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    tail = p.stderr.strip().splitlines()[-1:] if p.returncode else []
    return p.stdout + "exit %d %s\n" % (p.returncode, tail)


bad = 0
for seed in range(N):
    src = program(random.Random(seed))
    fd, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w") as fh:
        fh.write(src)
    try:
        want = run(["python3"], path)
        got = run([PYJIT], path)
        if got != want:
            bad += 1
            if bad <= 10:
                print("seed", seed)
                for x, y in zip(want.splitlines(), got.splitlines()):
                    if x != y:
                        print("   cpython:", x[:300])
                        print("   pyjit:  ", y[:300])
                        break
    finally:
        os.unlink(path)
print("mismatching programs:", bad, "of", N)
