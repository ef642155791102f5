#!/usr/bin/env python3
"""Differential fuzzer: name scopes, CPython 3.11 vs pyjit (see README.md).

Random nests of functions (up to three deep), lambdas, comprehensions and class bodies that
assign, read, delete and rebind a handful of names, with `global` and `nonlocal`
declarations, closures created in loops (late binding) and default arguments captured early,
class bodies whose names are not seen by their methods or comprehensions, and names bound
after their first read (`UnboundLocalError`). Each scope appends what it saw to a log; every
check prints the log of one call, or the exception it raised."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

NAMES = ["a", "b", "c"]


class Gen:
    def __init__(self, r):
        self.r = r
        self.count = 0

    def fresh(self, prefix):
        self.count += 1
        return "%s%d" % (prefix, self.count)

    def stmt(self, depth, enclosing, ind, param=None):
        """Statements of a function body at nesting `depth`; `enclosing` lists the names an
        enclosing function binds before this one is defined (the ones `nonlocal` may name);
        `param` is the function's parameter, which may not be declared."""
        r = self.r
        out = []
        mine = set()
        decl = []
        for n in NAMES:
            if n == param:
                continue
            k = r.random()
            if k < 0.15:
                decl.append("global %s" % n)
            elif k < 0.3 and n in enclosing:
                decl.append("nonlocal %s" % n)
        declared = {d.split()[1] for d in decl}
        globals_ = {d.split()[1] for d in decl if d.startswith("global")}
        if param:
            mine.add(param)
        out += [ind + d for d in decl]
        for _ in range(r.randrange(2, 6)):
            n = r.choice(NAMES)
            k = r.randrange(10)
            if k < 3:
                out.append(ind + "%s = %r" % (n, self.fresh(n)))
                mine.add(n)
            elif k < 5:
                out.append(ind + "log.append(('%s', %s))" % (n, n))
            elif k == 5:
                out.append(ind + "log.append([%s for %s in range(2)])"
                           % (r.choice(["%s + str(i)" % n, "i", "str(%s)" % n]), "i"))
            elif k == 6 and depth < 3:
                inner = self.fresh("f")
                p = r.choice([None, n])
                out.append(ind + "def %s(%s):" % (inner, "%s=%s" % (n, n) if p else ""))
                here = (mine - globals_) | (declared - globals_)
                body = self.stmt(depth + 1, (enclosing - globals_) | here, ind + "    ", p)
                out += body
                out.append(ind + "    return %s" % r.choice(NAMES + ["None"]))
                out.append(ind + "log.append(%s())" % inner)
            elif k == 7:
                out.append(ind + "fs = [lambda %s: %s for %s in range(3)]"
                           % (r.choice(["", "i=i"]), r.choice(["i", n]), "i"))
                out.append(ind + "log.append([g() for g in fs])")
            elif k == 8:
                cls = self.fresh("K")
                out.append(ind + "class %s:" % cls)
                out.append(ind + "    %s = 'cls' + str(%s)" % (n, r.choice(NAMES)))
                out.append(ind + "    def m(self):")
                out.append(ind + "        return %s" % n)
                out.append(ind + "    lst = [%s for _ in range(1)]" % r.choice(NAMES))
                out.append(ind + "log.append((%s.%s, %s().m(), %s.lst))" % (cls, n, cls, cls))
            else:
                if n in mine or n in declared:
                    out.append(ind + "del %s" % n)
                    mine.discard(n)
                else:
                    out.append(ind + "log.append(%s)" % n)
        return out


def program(r):
    g = Gen(r)
    lines = ["%s = %r" % (n, "g" + n) for n in NAMES if r.random() < 0.7]
    checks = []
    for _ in range(r.randrange(3, 7)):
        name = g.fresh("top")
        lines.append("def %s():" % name)
        lines.append("    log = []")
        lines.append("    try:")
        body = g.stmt(1, set(), "        ")
        lines += body
        lines.append("    except (NameError, UnboundLocalError) as ex:")
        lines.append("        log.append((type(ex).__name__, str(ex)))")
        lines.append("    return log")
        checks.append(harness.guarded("%s()" % name))
        checks.append(harness.guarded("[globals().get(n, '-') for n in 'abc']"))
    return lines, checks


bad = 0
for seed in range(N):
    defs, checks = program(random.Random(seed))
    bad += harness.differs(PYJIT, checks, seed, bad, defs)
print("mismatching programs:", bad, "of", N)
