#!/usr/bin/env python3
"""Differential fuzzer: `pprint`, CPython 3.11 vs pyjit (see README.md).

Random nested values (lists, tuples, dicts with int, str or tuple keys, sets and frozensets
of ints, strings with spaces, newlines, quotes and non-ASCII letters, ints small and big,
floats, and sometimes the `collections` containers or a `SimpleNamespace`), formatted by
`pformat` under random options (width, indent, depth, compact, sort_dicts,
underscore_numbers), plus `saferepr`, `isreadable` and `isrecursive` and values that
contain themselves. Every check prints its result (repr) or its exception."""
import random
import re
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

WORDS = ["a", "bb", "hello", "world", "x" * 12, "naïve", "it's", 'say "hi"', "tab\there",
         "ü", "long-word-without-spaces", "", " ", "  "]


def string(r):
    parts = [r.choice(WORDS) + r.choice([" ", " ", "  ", "\n", "", ", "])
             for _ in range(r.randrange(0, 12))]
    return repr("".join(parts))


def scalar(r):
    k = r.randrange(7)
    if k == 0:
        return str(r.randrange(-5, 100))
    if k == 1:
        return str(r.choice([10**12, -2**65, 123456789, 2**100]))
    if k == 2:
        return repr(r.choice([0.5, -1.25, 1e16, 3.14159, 1e-7]))
    if k == 3:
        return r.choice(["None", "True", "False"])
    return string(r)


def key(r, kind):
    if kind == 0:
        return str(r.randrange(-3, 40))
    if kind == 1:
        return repr(r.choice(["a", "b", "key", "k" * 10, "other key", "z", "ä"]))
    return "(%d, %r)" % (r.randrange(3), r.choice(["x", "y"]))


def value(r, depth):
    if depth <= 0 or r.random() < 0.3:
        return scalar(r)
    k = r.randrange(12)
    items = [value(r, depth - 1) for _ in range(r.randrange(0, 7))]
    if k <= 2:
        return "[%s]" % ", ".join(items)
    if k <= 4:
        return "(%s)" % "".join(i + ", " for i in items)
    if k <= 7:
        kind = r.randrange(4)  # 3: mixed int and str keys (sorted by type name)
        pairs = ["%s: %s" % (key(r, kind if kind < 3 else r.randrange(2)), i)
                 for i in items]
        return "{%s}" % ", ".join(pairs)
    ints = ", ".join(str(r.randrange(-10, 60)) for _ in range(r.randrange(0, 12)))
    if k == 8:
        return "{%s}" % ints if ints else "set()"
    if k == 9:
        return "frozenset({%s})" % ints
    if k == 10:
        return collection(r, items)
    return "[%s]" % ", ".join(items * 3)


def collection(r, items):
    pairs = ", ".join("%d: %s" % (n, i) for n, i in enumerate(items))
    k = r.randrange(8)
    if k == 0:
        return "OrderedDict([%s])" % ", ".join("(%r, %s)" % ("k%d" % n, i)
                                               for n, i in enumerate(items))
    if k == 1:
        return "Counter(%s)" % string(r)
    if k == 2:
        return "deque([%s]%s)" % (", ".join(items),
                                  r.choice(["", ", maxlen=%d" % r.randrange(0, 8)]))
    if k == 3:
        return "UserList([%s])" % ", ".join(items)
    if k == 4:
        return "ChainMap({%s}, {%s})" % (pairs, pairs[:len(pairs) // 2].rpartition(",")[0])
    if k == 5:
        return "defaultdict(%s, {%s})" % (r.choice(["list", "int", "None"]), pairs)
    if k == 6:
        return "UserDict({%s})" % pairs
    return "SimpleNamespace(%s)" % ", ".join("k%d=%s" % (n, i) for n, i in enumerate(items))


def options(r):
    opts = []
    if r.random() < 0.8:
        opts.append("width=%d" % r.choice([1, 5, 10, 20, 30, 40, 60, 80, 100]))
    if r.random() < 0.3:
        opts.append("indent=%d" % r.choice([0, 1, 2, 4]))
    if r.random() < 0.25:
        opts.append("depth=%d" % r.choice([1, 2, 3]))
    if r.random() < 0.3:
        opts.append("compact=True")
    if r.random() < 0.3:
        opts.append("sort_dicts=False")
    if r.random() < 0.1:
        opts.append("underscore_numbers=True")
    return "".join(", " + o for o in opts)


def check(r):
    k = r.randrange(10)
    v = value(r, r.randrange(1, 5))
    if k <= 6:
        return "repr(pprint.pformat(%s%s))" % (v, options(r))
    if k == 7:
        return "pprint.saferepr(%s)" % v
    if k == 8:
        return "(pprint.isreadable(%s), pprint.isrecursive(%s))" % (v, v)
    # A value containing itself (the ids in its recursion markers are masked). A marker
    # is longer in CPython (its ids have more digits), so the widths are ones the marker
    # alone exceeds: whatever holds it is split in both.
    return ("(lambda x: (x.append(x) if type(x) is list else x.update(me=x), "
            "repr(re.sub(r'id=\\d+', 'id=?', pprint.pformat(x%s))))[1])(%s)"
            % (re.sub(r", width=\d+", "", options(r)) + ", width=%d" % r.choice([1, 20, 40]),
               r.choice(["[%s]" % v, "{'v': %s}" % v])))


bad = 0
shown = 0
for seed in range(N):
    r = random.Random(seed)
    lines = [harness.guarded(check(r)) for _ in range(25)]
    prelude = ["import pprint, re",
               "from collections import OrderedDict, Counter, deque, UserList, UserDict, "
               "ChainMap, defaultdict",
               "from types import SimpleNamespace"]
    if harness.differs(PYJIT, lines, seed, shown, prelude):
        bad += 1
        shown += 1
print("pprint: %d of %d programs differ" % (bad, N))
