#!/usr/bin/env python3
"""Differential fuzzer: `textwrap`, CPython 3.11 vs pyjit (see README.md).

Random texts from words, hyphenated words, em-dashes, digits, punctuation, sentence ends,
tabs, newlines and non-ASCII letters, wrapped by `wrap`/`fill`/`shorten` under random
options (width, indents, break_long_words, break_on_hyphens, drop_whitespace,
fix_sentence_endings, expand_tabs/tabsize, replace_whitespace, max_lines, placeholder),
plus `dedent`/`indent` of random indented blocks. Every check prints its result (repr) or
its exception."""
import random
import sys

import harness

PYJIT = sys.argv[1]
N = int(sys.argv[2])

WORDS = ["a", "to", "the", "wrap", "hello", "world.", "end!", "why?", "x-ray", "well-known",
         "ab-cd-ef", "e-mail", "co-op", "a--b", "--", "---", "-opt", "x--", "naïve-ish",
         "3-d", "1990-2000", "supercalifragilistic", "very-long-hyphenated-compound-word",
         "'quoted.'", '"said."', "Mr.", "e.g.", "don't-care", "über", "_x-_y", "a-b-c-d"]
SEPS = [" ", " ", " ", "  ", "\t", "\n", " \n ", ", "]


def text(r):
    parts = []
    for _ in range(r.randrange(0, 25)):
        parts.append(r.choice(WORDS))
        parts.append(r.choice(SEPS))
    if r.random() < 0.3:
        parts.insert(0, r.choice(SEPS))
    return "".join(parts)


def options(r):
    width = r.choice([1, 2, 5, 8, 12, 20, 30, 70])
    opts = ["width=%d" % width]
    for name in ["break_long_words", "break_on_hyphens", "drop_whitespace",
                 "fix_sentence_endings", "expand_tabs", "replace_whitespace"]:
        if r.random() < 0.25:
            opts.append("%s=%s" % (name, r.choice(["True", "False"])))
    # (Indents as wide as the width loop forever in CPython with drop_whitespace=False.)
    if width >= 12 and r.random() < 0.3:
        opts.append("initial_indent=%r" % r.choice(["", "* ", "    ", ">>> "]))
    if width >= 12 and r.random() < 0.3:
        opts.append("subsequent_indent=%r" % r.choice(["", "  ", "... "]))
    if r.random() < 0.2:
        opts.append("tabsize=%d" % r.choice([0, 1, 4]))
    if r.random() < 0.25:
        opts.append("max_lines=%d" % r.choice([1, 2, 3]))
    if r.random() < 0.15:
        opts.append("placeholder=%r" % r.choice(["...", " [..]", "", "  ~"]))
    return ", ".join(opts)


def block(r):
    lines = []
    for _ in range(r.randrange(1, 6)):
        lead = r.choice(["", " ", "  ", "    ", "\t", " \t", "        "])
        body = r.choice(["", "x = 1", "if y:", "  nested", "   ", "\t"])
        lines.append(lead + body)
    return "\n".join(lines) + r.choice(["", "\n"])


def check(r):
    k = r.randrange(6)
    if k <= 2:
        fn = r.choice(["wrap", "fill"])
        return "repr(textwrap.%s(%r, %s))" % (fn, text(r), options(r))
    if k == 3:
        return "repr(textwrap.shorten(%r, width=%d%s))" % (
            text(r), r.choice([5, 10, 15, 25, 40]),
            r.choice(["", ", placeholder='...'", ", break_long_words=False"]))
    if k == 4:
        return "repr(textwrap.dedent(%r))" % block(r)
    return "repr(textwrap.indent(%r, %r%s))" % (
        block(r), r.choice(["> ", "  ", ""]),
        r.choice(["", ", lambda line: True", ", lambda line: 'x' in line"]))


bad = 0
shown = 0
for seed in range(N):
    r = random.Random(seed)
    lines = [harness.guarded(check(r)) for _ in range(25)]
    if harness.differs(PYJIT, lines, seed, shown, ["import textwrap"]):
        bad += 1
        shown += 1
print("textwrap: %d of %d programs differ" % (bad, N))
