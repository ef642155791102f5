#!/usr/bin/env python3
"""Differential fuzzer: the `json` module, CPython 3.11 vs pyjit (see README.md).

`dumps` of random nested values (str with escapes and non-ASCII, big ints, floats with
inf/nan, bools, None, tuples, dict keys of every allowed type and some refused ones,
sets and circular lists) under random options (indent as int or str, separators,
sort_keys, ensure_ascii, allow_nan, skipkeys, default); `loads` of valid JSON text,
of that text damaged (a character deleted, inserted or replaced: the error message and
position must be CPython's), and with the parse hooks. Every check prints its result or
its exception."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

STRS = ["''", "'a'", "'héllo'", "'tab\\there'", "'q\"uote'", "'back\\\\slash'", "'\\x01\\x1f\\x7f'",
        "'\\u2028'", "'😀 emoji'", "'/slash'", "'line\\nbreak'", "'ß'"]
NUMS = ["0", "-1", "42", "2**70", "-2**64", "1.5", "-0.0", "1e300", "1e-7", "0.1", "float('inf')",
        "float('-inf')", "float('nan')", "True", "False", "None", "123456789012345678.0"]
KEYS = STRS + ["1", "-7", "2.5", "True", "False", "None", "2**65"]
BAD_KEYS = ["(1, 2)", "frozenset()"]


def value(r, depth=0):
    k = r.randrange(10 if depth < 3 else 4)
    if k < 2:
        return r.choice(STRS)
    if k < 4:
        return r.choice(NUMS)
    if k < 6:
        items = [value(r, depth + 1) for _ in range(r.randrange(4))]
        if r.random() < 0.3:
            return "(%s)" % "".join(i + ", " for i in items)
        return "[%s]" % ", ".join(items)
    if k < 9:
        keys = list(KEYS) + (BAD_KEYS if r.random() < 0.1 else [])
        pairs = ["%s: %s" % (r.choice(keys), value(r, depth + 1)) for _ in range(r.randrange(4))]
        return "{%s}" % ", ".join(pairs)
    return r.choice(["{1, 2}", "object()", "circ", "{3: {3}}"])


def options(r):
    opts = []
    if r.random() < 0.4:
        opts.append("indent=%s" % r.choice(["0", "2", "-1", "'\\t'", "'--'", "None"]))
    if r.random() < 0.3:
        opts.append("separators=%s" % r.choice(["(',', ':')", "(';', '=')", "(', ', ': ')"]))
    for name in ["sort_keys", "ensure_ascii", "allow_nan", "skipkeys", "check_circular"]:
        if r.random() < 0.25:
            opts.append("%s=%s" % (name, r.choice(["True", "False"])))
    if r.random() < 0.15:
        opts.append("default=%s" % r.choice(["repr", "lambda o: sorted(o)", "lambda o: None"]))
    return ", ".join(opts)


def damage(r, text):
    if not text:
        return text
    i = r.randrange(len(text))
    k = r.randrange(3)
    # (No surrogate escapes: a lone surrogate, which damage would make of a pair, is a
    # NotImplementedError in pyjit, whose strings are UTF-8; tests/programs/stdlib/json_*
    # checks pairs.)
    junk = r.choice(list(",:[]{}\"\\ \n\tx0-.eE+u") + ["\\u12", "\\u00e9", "NaN", "tru", "01",
                                                        "1.", "-"])
    if k == 0:
        return text[:i] + text[i + 1:]
    if k == 1:
        return text[:i] + junk + text[i:]
    return text[:i] + junk + text[i + 1:]


def check(r, prelude_values):
    k = r.randrange(6)
    v = value(r)
    if k <= 1:
        # repr: an indented document is one printed line, as the harness wants.
        return "repr(json.dumps(%s%s))" % (v, ", " + options(r) if r.random() < 0.8 else "")
    if k == 2:
        return "json.loads(json.dumps(%s))" % v
    if k == 3:
        return "json.loads(%r)" % damage(r, r.choice(prelude_values))
    if k == 4:
        hook = r.choice(["object_hook=lambda d: sorted(d.items())", "parse_float=str",
                         "parse_int=float", "parse_constant=repr",
                         "object_pairs_hook=lambda p: p", "strict=False"])
        return "json.loads(%r, %s)" % (r.choice(prelude_values), hook)
    return "json.loads(%r)" % r.choice(["", " ", "[1, 2", "{\"a\" 1}", "[1,]", "{\"a\":1,}",
                                        "\"abc", "\"\\q\"", "\"\\u12x4\"", "nul", "[-]",
                                        "1 2", "\ufeff1", "{1: 2}", "\"a\tb\"", "[1e5, -0, 0.5e-3]",
                                        "\"\\ud83d\\ude00\"", "  [\n1,\n2\n  ,]"])


bad = 0
shown = 0
SAMPLES = ['{"a": [1, 2.5, "x\\n"], "b": {"c": null, "d": true}}', '[1, -2, 3e4, "\\u00e9", false]',
           '"\\u00e9\\u20ac ok"', '{"k": "v", "n": [[], {}, [1, {"z": -0.0}]]}', '  42  ',
           '[NaN, Infinity, -Infinity]', '{"dup": 1, "dup": 2}']
for seed in range(N):
    r = random.Random(seed)
    lines = [harness.guarded(check(r, SAMPLES)) for _ in range(25)]
    prelude = ["import json", "circ = []", "circ.append(circ)"]
    if harness.differs(PYJIT, lines, seed, shown, prelude):
        bad += 1
        shown += 1
print("json: %d of %d programs differ" % (bad, N))
