#!/usr/bin/env python3
"""Differential fuzzer: random str methods, repr and formatting, CPython 3.11 vs pyjit."""
import random, sys

import harness
PYJIT = sys.argv[1]; N = int(sys.argv[2])
ALPHA = ["a", "b", "A", " ", "\t", "\n", "-", ",", "1", "é", "ß", "'", '"', "\\", "İ", "\x00", "\u2028", "😀", "x", "ab", "Ab c"]
def s(r):
    return repr("".join(r.choice(ALPHA) for _ in range(r.randrange(0, 8))))
def i(r):
    return str(r.choice([-10, -3, -1, 0, 1, 2, 3, 5, 100]))
CALLS = [
    "{s}.split({s})", "{s}.split()", "{s}.split({s}, {i})", "{s}.rsplit({s}, {i})", "{s}.rsplit(None, {i})",
    "{s}.strip()", "{s}.strip({s})", "{s}.lstrip({s})", "{s}.rstrip()", "{s}.find({s})", "{s}.find({s}, {i})",
    "{s}.rfind({s}, {i}, {i})", "{s}.index({s})", "{s}.count({s})", "{s}.count({s}, {i}, {i})",
    "{s}.replace({s}, {s})", "{s}.replace({s}, {s}, {i})", "{s}.partition({s})", "{s}.rpartition({s})",
    "{s}.center({i})", "{s}.center({i}, 'x')", "{s}.ljust({i}, '*')", "{s}.rjust({i})", "{s}.zfill({i})",
    "{s}[{i}:{i}:{i}]", "{s}[{i}]", "{s} in {s}", "{s} < {s}", "{s}.upper()", "{s}.lower()", "{s}.title()",
    "{s}.capitalize()", "{s}.swapcase()", "{s}.isalpha()", "{s}.isdigit()", "{s}.isspace()", "{s}.isalnum()",
    "{s}.islower()", "{s}.isupper()", "{s}.istitle()", "{s}.isidentifier()", "{s}.isprintable()",
    "{s}.splitlines()", "{s}.splitlines(True)", "{s}.expandtabs({i})", "{s}.startswith({s}, {i})",
    "{s}.endswith(({s}, {s}))", "{s}.join([{s}, {s}])", "'{{:^{w}}}'.format({s})", "'{{!r:>{w}}}'.format({s})",
    "'%r|%s|%{w}s' % ({s}, {s}, {s})", "f'{{{s}!a}}'", "ascii({s})", "len({s})", "{s}.encode('utf-8') if False else 0",
    "{s}.removeprefix({s})", "{s}.removesuffix({s})", "{s}.casefold()", "{s} * {i}", "sorted({s})", "list(reversed({s}))",
    "{s}.rindex({s})", "max({s}) if {s} else 0", "{s}.isdecimal()", "{s}.isnumeric()", "{s}.isascii()",
]
bad = 0
for seed in range(N):
    r = random.Random(seed)
    lines = []
    for _ in range(40):
        c = r.choice(CALLS)
        expr = c.format(s=s(r), i=i(r), w=r.randrange(0, 12)) if "{" in c else c
        while "{s}" in expr or "{i}" in expr:
            expr = expr.replace("{s}", s(r), 1).replace("{i}", i(r), 1)
        lines.append(harness.guarded('repr(%s)' % expr))
    bad += harness.differs(PYJIT, lines, seed, bad)
print("mismatching programs:", bad, "of", N)
