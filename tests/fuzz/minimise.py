#!/usr/bin/env python3
"""Shrink a failing program of gen_programs.py (or any program) by deleting lines.

    python3 tests/fuzz/minimise.py PYJIT PROGRAM.py OUT.py [pyjit options...]

A candidate keeps failing when it compiles under CPython and pyjit (with the options, by
default `--jit=on --jit-threshold=1`) fails the same way as the original: killed by the
same signal, or, for a mismatch, its stdout or exit status still differs from CPython's.
Deletes chunks of lines (halving the chunk size down to one line), replacing lines
by `pass` where deleting them leaves a block empty; then unwraps blocks (a header dropped,
its body dedented) or drops them whole."""
import subprocess
import sys

PYJIT, SRC, OUT = sys.argv[1:4]
OPTS = sys.argv[4:] or ["--jit=on", "--jit-threshold=1"]


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return ("timeout", "")
    return (p.returncode, p.stdout)


def outcome(lines):
    text = "\n".join(lines) + "\n"
    try:
        compile(text, "t.py", "exec")
    except SyntaxError:
        return None
    with open(OUT + ".try.py", "w") as f:
        f.write(text)
    want = run(["python3"], OUT + ".try.py")
    got = run([PYJIT] + OPTS, OUT + ".try.py")
    if isinstance(got[0], int) and got[0] < 0:
        return "signal %d" % -got[0]
    if got == want:
        return None
    if want[0] == "timeout":
        return None
    return "mismatch"


def main():
    lines = open(SRC).read().splitlines()
    kind = outcome(lines)
    print("original:", kind, len(lines), "lines")
    if kind is None:
        return
    chunk = max(1, len(lines) // 4)
    while chunk >= 1:
        k = 0
        changed = False
        while k < len(lines):
            cand = lines[:k] + lines[k + chunk:]
            if outcome(cand) == kind:
                lines = cand
                changed = True
            else:
                # A deleted block header leaves its body; try emptying a body instead.
                body = [ln if not ln.strip() else ln[: len(ln) - len(ln.lstrip())] + "pass"
                        for ln in lines[k:k + chunk]]
                cand = lines[:k] + body + lines[k + chunk:]
                if body != lines[k:k + chunk] and outcome(cand) == kind:
                    lines = cand
                    changed = True
                k += chunk
        if not changed:
            chunk //= 2
    # Unwrap blocks: a header whose body, dedented, keeps the failure.
    k = 0
    while k < len(lines):
        ln = lines[k]
        ind = len(ln) - len(ln.lstrip())
        end = k + 1
        while end < len(lines) and (not lines[end].strip()
                                    or len(lines[end]) - len(lines[end].lstrip()) > ind):
            end += 1
        if ln.strip() == "try:":
            # The whole statement: its except/else/finally clauses too.
            while end < len(lines) and lines[end].startswith(" " * ind) and \
                    lines[end][ind:].startswith(("except", "else:", "finally:")):
                end += 1
                while end < len(lines) and (not lines[end].strip()
                                            or len(lines[end]) - len(lines[end].lstrip()) > ind):
                    end += 1
            if outcome(lines[:k] + lines[end:]) == kind:
                lines = lines[:k] + lines[end:]
                continue
            k += 1
            continue
        if ln.rstrip().endswith(":") and end > k + 1:
            sub = len(lines[k + 1]) - len(lines[k + 1].lstrip()) - ind
            body = [b[sub:] if b[:sub].isspace() else b for b in lines[k + 1:end]]
            for cand in (lines[:k] + body + lines[end:], lines[:k] + lines[end:]):
                if outcome(cand) == kind:
                    lines = cand
                    break
            else:
                k += 1
            continue
        k += 1
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("minimised:", kind, len(lines), "lines ->", OUT)


if __name__ == "__main__":
    main()
