#!/usr/bin/env python3
"""Differential fuzzer: the generator protocol, CPython 3.11 vs pyjit (see README.md).

Random generator functions yield from inside loops, `try`/`except`/`else`/`finally` and
`with` blocks, receive values (`x = yield v`), delegate with `yield from` (to other random
generators and to lists) and `return` values; a random driver then calls `next`, `send`,
`throw` (of several types, caught or not by the generator) and `close` on them, also after
they finished or failed. Every step prints what it got: the yielded value, the
`StopIteration` value, or the exception's type and message, and each generator logs what ran,
so a `finally` that runs twice or a value delivered to the wrong frame shows."""
import os
import random
import re
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
N = int(sys.argv[2])

PRELUDE = '''
LOG = []
class CM:
    def __init__(self, k, swallow):
        self.k = k
        self.swallow = swallow
    def __enter__(self):
        LOG.append(("enter", self.k))
        return self.k
    def __exit__(self, t, v, tb):
        LOG.append(("exit", self.k, t.__name__ if t else None))
        return self.swallow
class Oops(Exception):
    pass
def step(g, how, arg=None):
    try:
        if how == "next":
            r = next(g)
        elif how == "send":
            r = g.send(arg)
        elif how == "throw":
            r = g.throw(arg)
        else:
            r = g.close()
        print(how, "->", repr(r), LOG)
    except StopIteration as e:
        print(how, "stop", repr(e.value), LOG)
    except Exception as e:
        print(how, "raised", type(e).__name__, e, LOG)
    LOG.clear()
'''

EXC = ["ValueError(%d)", "KeyError(%d)", "Oops(%d)", "GeneratorExit()", "StopIteration(%d)"]
CATCH = ["ValueError", "KeyError", "Oops", "LookupError", "Exception", "GeneratorExit",
         "BaseException", "(ValueError, Oops)"]


class Gen:
    def __init__(self, r, nfuncs):
        self.r = r
        self.k = 0
        self.nfuncs = nfuncs

    def tick(self):
        self.k += 1
        return self.k

    def block(self, ind, d, loop):
        out = []
        for _ in range(self.r.randrange(1, 4)):
            out += self.stmt(ind, d, loop)
        return out

    def stmt(self, ind, d, loop):
        r = self.r
        p = "    " * ind
        k = r.random()
        t = self.tick()
        if d > 3 or k < 0.3:
            c = r.random()
            if c < 0.45:
                return [p + "x = yield %d" % t, p + "LOG.append(('got', %d, x))" % t]
            if c < 0.6:
                return [p + "yield %d" % t]
            if c < 0.7 and loop:
                return [p + "if x == %d: break" % r.randrange(3)]
            if c < 0.78:
                return [p + "if x == %d: return %d" % (r.randrange(3), t)]
            if c < 0.86:
                e = r.choice(EXC)
                return [p + "if x == %d: raise %s" % (r.randrange(3), e % t if "%d" in e else e)]
            if c < 0.93 and self.nfuncs:
                return [p + "x = yield from g%d(%d)" % (r.randrange(self.nfuncs), t),
                        p + "LOG.append(('from', %d, x))" % t]
            return [p + "x = yield from [%d, %d]" % (t, t + 100)]
        if k < 0.45:
            return ([p + "for i%d in range(%d):" % (d, r.randrange(1, 4))]
                    + self.block(ind + 1, d + 1, True))
        if k < 0.55:
            return ([p + "with CM(%d, %s):" % (t, r.random() < 0.4)]
                    + self.block(ind + 1, d + 1, loop))
        out = [p + "try:"] + self.block(ind + 1, d + 1, loop)
        handlers = r.randrange(0, 3)
        for _ in range(handlers):
            e = r.choice(CATCH)
            out += [p + "except %s as e:" % e,
                    p + "    LOG.append(('caught', %d, type(e).__name__))" % t]
            out += self.block(ind + 1, d + 1, loop) if r.random() < 0.5 else []
            if r.random() < 0.2:
                out.append(p + "    raise")
        if handlers and r.random() < 0.3:
            out += [p + "else:", p + "    LOG.append(('else', %d))" % t]
        if r.random() < 0.6 or not handlers:
            out += [p + "finally:", p + "    LOG.append(('finally', %d))" % t]
            if r.random() < 0.25:
                out += self.block(ind + 1, d + 1, loop)
        return out

    def function(self, i):
        body = ["def g%d(a):" % i, "    x = None", "    LOG.append(('start', %d, a))" % i]
        body += self.block(1, 0, False)
        body.append("    return ('end', %d)" % i)
        return body

    def driver(self, nfuncs):
        r = self.r
        out = []
        for j in range(3):
            out.append("g = g%d(%d)" % (r.randrange(nfuncs), j))
            for _ in range(r.randrange(2, 9)):
                c = r.random()
                if c < 0.4:
                    out.append("step(g, 'next')")
                elif c < 0.7:
                    out.append("step(g, 'send', %d)" % r.randrange(4))
                elif c < 0.9:
                    e = r.choice(EXC)
                    out.append("step(g, 'throw', %s)" % (e % r.randrange(9) if "%d" in e else e))
                else:
                    out.append("step(g, 'close')")
            if r.random() < 0.3:
                out.append("print(list(g%d(%d)), LOG); LOG.clear()" % (r.randrange(nfuncs), j))
        return out


def program(seed):
    r = random.Random(seed)
    nf = r.randrange(1, 4)
    lines = [PRELUDE]
    for i in range(nf):
        g = Gen(r, i)
        lines += g.function(i)
    lines += Gen(r, nf).driver(nf)
    return "\n".join(lines) + "\n"


def run(cmd, path):
    p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60)
    out = re.sub(r"0x[0-9a-f]{6,}", "0x?", p.stdout)
    last = p.stderr.strip().splitlines()[-1:] if p.returncode else []
    return out, p.returncode, last


def main():
    bad = 0
    for seed in range(N):
        src = program(seed)
        fd, path = tempfile.mkstemp(suffix=".py")
        with os.fdopen(fd, "w") as f:
            f.write(src)
        try:
            want = run(["python3"], path)
            got = run([PYJIT], path)
        finally:
            os.unlink(path)
        if want != got:
            bad += 1
            if bad <= 10:
                print("seed", seed, "differs")
                el, gl = want[0].splitlines(), got[0].splitlines()
                for x, y in zip(el, gl):
                    if x != y:
                        print("   cpython:", x[:200])
                        print("   pyjit:  ", y[:200])
                        break
                else:
                    print("   cpython:", want[1:], len(el), "lines")
                    print("   pyjit:  ", got[1:], len(gl), "lines")
    print("%d of %d programs differ" % (bad, N))


if __name__ == "__main__":
    main()
