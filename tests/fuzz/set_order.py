#!/usr/bin/env python3
"""Differential fuzzer: random set programs, CPython 3.11 vs pyjit (see README.md)."""
import random, subprocess, sys
PYJIT = sys.argv[1]
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
def val(r):
    k = r.random()
    if k < 0.6: return str(r.randrange(-5, 70))
    if k < 0.7: return repr(r.randrange(-5, 20) + 0.5)
    if k < 0.8: return "(%d, %d)" % (r.randrange(5), r.randrange(5))
    if k < 0.85: return r.choice(["True", "False"])
    if k < 0.9: return str(r.randrange(2**62, 2**62 + 5))
    return "frozenset({%d, %d})" % (r.randrange(9), r.randrange(9))
def setexpr(r):
    k = r.random()
    items = ", ".join(val(r) for _ in range(r.randrange(0, 25)))
    if k < 0.3: return "{%s}" % items if items else "set()"
    if k < 0.5: return "set([%s])" % items
    if k < 0.6: return "set({%s})" % ", ".join("%s: 0" % val(r) for _ in range(r.randrange(0, 25)))
    if k < 0.7: return "set(range(%d, %d))" % (r.randrange(-10, 10), r.randrange(10, 200))
    if k < 0.8: return "{x * %d for x in range(%d)}" % (r.randrange(1, 40), r.randrange(30))
    return "frozenset([%s])" % items
def prog(seed):
    r = random.Random(seed)
    lines = ["a = %s" % setexpr(r).replace("frozenset", "set"), "b = %s" % setexpr(r), "c = [%s]" % ", ".join(val(r) for _ in range(r.randrange(10)))]
    ops = ["a.add(%s)", "a.discard(%s)", "print(a.pop() if a else None)", "a |= b", "a &= b", "a -= b", "a ^= b",
           "a = a | b", "a = a & b", "a = a - b", "a = a ^ b", "a = b - a", "a = b & a", "a.update(c)", "a.difference_update(c)",
           "a.intersection_update(c)", "a = a.union(c, b)", "a = a.intersection(c)",
           "a = a.difference(c)", "a = a.copy()", "a = set(a)", "b = frozenset(a)", "print(hash(frozenset(a)) == hash(frozenset(list(a))))",
           "print(list(a))", "print(a)", "print(b)", "a = {*a, *c}", "print([x for x in a])", "a.clear()", "a = set(dict.fromkeys(a))",
           "print(sorted(a, key=repr) == sorted(set(list(a)), key=repr))"]
    for _ in range(r.randrange(5, 30)):
        op = r.choice(ops)
        if "%s" in op: op = op % val(r)
        lines.append(op)
    lines.append("print(a); print(b); print(len(a), len(b))")
    return "\n".join(lines) + "\n"
bad = 0
for seed in range(N):
    src = prog(seed)
    open("/tmp/fz.py", "w").write(src)
    exp = subprocess.run(["python3", "/tmp/fz.py"], capture_output=True, text=True, env={"PYTHONHASHSEED": "0"})
    got = subprocess.run([PYJIT, "/tmp/fz.py"], capture_output=True, text=True)
    e = exp.stdout + (exp.stderr.strip().splitlines() or [""])[-1]
    g = got.stdout + (got.stderr.strip().splitlines() or [""])[-1]
    if e != g:
        bad += 1
        if bad <= 3:
            print("=== seed", seed); print(src)
            import difflib
            print("\n".join(difflib.unified_diff(e.splitlines(), g.splitlines(), lineterm="", n=1)))
print("mismatches:", bad, "of", N)
