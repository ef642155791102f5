#!/usr/bin/env python3
"""Differential fuzzer: dict operations and views, CPython 3.11 vs pyjit."""
import random, subprocess, sys
PYJIT = sys.argv[1]; N = int(sys.argv[2])
def key(r):
    return r.choice([str(r.randrange(-5, 40)), repr(r.randrange(-3, 9) + 0.5), "(%d, %d)" % (r.randrange(3), r.randrange(3)), "True", "False", str(2**62 + r.randrange(4))])
OPS = ["d[{k}] = {k}", "d.pop({k}, None)", "d.setdefault({k}, [])", "d.update({{{k}: 1, {k}: 2}})", "d = {{**d, {k}: 0}}",
       "d = d | {{{k}: 9}}", "d |= {{{k}: 7}}", "print(d.popitem() if d else None)", "print(list(d))", "print(d)",
       "print(d.keys() & {{{k}, {k}, {k}}})", "print(d.keys() | {{{k}, {k}}})", "print(d.keys() - {{{k}}})", "print(d.keys() ^ {{{k}, {k}}})",
       "print(list(d.items())[:3])", "print({k} in d, d.get({k}))", "d = dict(sorted(d.items(), key=repr))", "d = {{v: k for k, v in list(d.items())[:5] if not isinstance(v, list)}}",
       "del d[{k}]", "print(list(reversed(d)))", "d2 = d.copy(); d2[{k}] = 1; print(len(d), len(d2))", "print(dict.fromkeys([{k}, {k}, {k}]))",
       "print(sorted(d.values(), key=repr) == sorted(dict(d).values(), key=repr))", "print(d == dict(reversed(list(d.items()))))",
       "print(set(d) == d.keys(), d.keys() <= set(d) | {{1}})", "d.clear()",
       "print([d.pop(_k) for _k in list(d)[::2]], d)", "print([d.pop(_k) for _k in reversed(list(d)[1::2])], list(d))",
       "it = iter(d); print(next(it, None)); d.pop({k}, None); d[{k}] = 3; print(list(it))",
       "it = iter(d.items()); print(next(it, None)); del d[next(iter(d))]; d[{k}] = 5; print(list(it))",
       "for _i in range(20): d[_i + 100] = _i; del d[_i + 100]", "print(d.pop({k}, 0), d.popitem() if d else 0, list(d.items())[-2:])"]
bad = 0
for seed in range(N):
    r = random.Random(seed)
    lines = ["d = {%s}" % ", ".join("%s: %d" % (key(r), i) for i in range(r.randrange(0, 12)))]
    for _ in range(30):
        op = r.choice(OPS)
        while "{k}" in op:
            op = op.replace("{k}", key(r), 1)
        op = op.replace("{{", "{").replace("}}", "}")
        lines.append("try:\n    %s\nexcept Exception as ex:\n    print(type(ex).__name__, ex)" % op)
    lines.append("print(d)")
    open("/tmp/df.py", "w").write("\n".join(lines) + "\n")
    e = subprocess.run(["python3", "/tmp/df.py"], capture_output=True, text=True).stdout
    g = subprocess.run([PYJIT, "/tmp/df.py"], capture_output=True, text=True).stdout
    if e != g:
        bad += 1
        if bad <= 6:
            el, gl = e.splitlines(), g.splitlines()
            print("=== seed", seed)
            for k, (x, y) in enumerate(zip(el, gl)):
                if x != y:
                    print("   cpython:", x[:200]); print("   pyjit:  ", y[:200]); break
            else:
                print("   lengths", len(el), len(gl))
print("mismatching programs:", bad, "of", N)
