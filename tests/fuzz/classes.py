#!/usr/bin/env python3
"""Differential fuzzer: classes, CPython 3.11 vs pyjit (see README.md).

Random hierarchies of up to four classes (single and multiple inheritance, sometimes an
inconsistent MRO) whose methods call `super()`, with class attributes, properties (some
read-only, some with a deleter), class and static methods, `__getattr__` fallbacks and
`__init__`s that set instance attributes; then random attribute reads, writes and deletes on
instances and classes, method calls through instances, classes and `super`, `isinstance`,
`issubclass`, `hasattr`/`getattr` with defaults, `vars()`, and the MRO. Every check prints
its result or its exception."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

NAMES = ["A", "B", "C", "D"]
ATTRS = ["x", "y", "z", "m0", "m1", "p", "q", "cm", "sm", "tag"]


def method(r, cls, name, bases):
    body = ["    def %s(self%s):" % (name, r.choice(["", ", k=1"]))]
    if bases and r.random() < 0.6:
        body.append("        return %r + '>' + str(super().%s())" % (cls + "." + name, name))
    elif r.random() < 0.3:
        body.append("        return %r + str(self.%s)" % (cls + "." + name, r.choice(ATTRS)))
    else:
        body.append("        return %r" % (cls + "." + name))
    return body


def klass(r, i, defined):
    name = NAMES[i]
    bases = r.sample(defined, r.randrange(0, min(3, len(defined) + 1))) if defined else []
    lines = ["class %s%s:" % (name, "(%s)" % ", ".join(bases) if bases else "")]
    if r.random() < 0.5:
        lines.append("    tag = %r" % name.lower())
    if r.random() < 0.4:
        lines.append("    x = %d" % r.randrange(10))
    if r.random() < 0.5:
        lines.append("    def __init__(self):")
        if bases and r.random() < 0.5:
            lines.append("        super().__init__()")
        for a in r.sample(["x", "y", "z"], r.randrange(0, 3)):
            lines.append("        self.%s = %r" % (a, name + a))
    for m in ("m0", "m1"):
        if r.random() < 0.6:
            lines += method(r, name, m, bases)
    if r.random() < 0.4:
        lines.append("    @property")
        lines.append("    def p(self):")
        lines.append("        return %r + str(getattr(self, '_p', '-'))" % (name + ".p"))
        if r.random() < 0.5:
            lines.append("    @p.setter")
            lines.append("    def p(self, v):")
            lines.append("        self._p = v")
        if r.random() < 0.3:
            lines.append("    @p.deleter")
            lines.append("    def p(self):")
            lines.append("        del self._p")
    if r.random() < 0.3:
        lines.append("    @classmethod")
        lines.append("    def cm(cls, *a):")
        lines.append("        return cls.__name__ + %r + str(len(a))" % ("@" + name))
    if r.random() < 0.3:
        lines.append("    @staticmethod")
        lines.append("    def sm(*a):")
        lines.append("        return %r + str(a)" % ("static" + name))
    if r.random() < 0.2:
        lines.append("    def __getattr__(self, n):")
        lines.append("        if n.startswith('q'):")
        lines.append("            return 'ga:' + n")
        lines.append("        raise AttributeError('no ' + n)")
    if len(lines) == 1:
        lines.append("    pass")
    return name, lines


def check(r, classes):
    c = r.choice(classes)
    a = r.choice(ATTRS)
    k = r.randrange(16)
    if k < 3:
        return "(lambda o: o.%s)(%s())" % (a, c)
    if k < 5:
        return "(lambda o: o.%s())(%s())" % (r.choice(["m0", "m1", "cm", "sm"]), c)
    if k == 5:
        return "%s.%s" % (c, a)
    if k == 6:
        return "%s.%s(%s())" % (c, r.choice(["m0", "m1"]), r.choice(classes))
    if k == 7:
        return "setget(%s(), %r, %d)" % (c, a, r.randrange(100))
    if k == 8:
        return "delget(%s(), %r)" % (c, a)
    if k == 9:
        return "isinstance(%s(), %s)" % (c, r.choice(classes))
    if k == 10:
        return "issubclass(%s, %s)" % (c, r.choice(classes + ["object", "(int, %s)" % c]))
    if k == 11:
        return "[k.__name__ for k in %s.__mro__]" % c
    if k == 12:
        return "getattr(%s(), %r, 'dflt'), hasattr(%s(), %r)" % (c, a, c, a)
    if k == 13:
        return "sorted(vars(%s()).items())" % c
    if k == 14:
        return "clsset(%s, %r, %d, %s())" % (c, a, r.randrange(100), r.choice(classes))
    return "(%s().cm(1, 2), %s.sm(3))" % (c, c)


PRELUDE = """
def setget(o, a, v):
    setattr(o, a, v)
    return getattr(o, a), sorted(vars(o))
def delget(o, a):
    delattr(o, a)
    return hasattr(o, a)
def clsset(c, a, v, o):
    setattr(c, a, v)
    return getattr(o, a, 'dflt')
""".splitlines()


def program(r):
    lines = []
    defined = []
    for i in range(r.randrange(1, 5)):
        name, body = klass(r, i, defined)
        # A class whose MRO cannot be made is a TypeError at its definition: caught and shown.
        lines.append("try:\n" + "\n".join("    " + b for b in body)
                     + "\nexcept TypeError as ex:\n    print('TypeError', ex)\n    class %s:\n        pass"
                     % name)
        defined.append(name)
    # Each check runs once and prints one line (the definitions above print only on error, so
    # they are folded into the prelude and the differ compares the checks line by line).
    checks = [harness.guarded(check(r, defined)) for _ in range(30)]
    return lines, checks


bad = 0
for seed in range(N):
    defs, checks = program(random.Random(seed))
    bad += harness.differs(PYJIT, checks, seed, bad, PRELUDE + defs)
print("mismatching programs:", bad, "of", N)
