#!/usr/bin/env python3
"""Differential fuzzer: syntax errors, CPython 3.11 vs pyjit (see README.md).

Takes the test programs in tests/programs, breaks one line of each at random (deletes,
duplicates or inserts a character or a word: a bracket, quote, colon, comma, `=`, keyword,
indentation), keeps the versions CPython refuses to compile, runs pyjit on them, and compares
the exception's last line (`SyntaxError: ...`, `IndentationError: ...`, `TabError: ...`) and
the exit status. pyjit must refuse exactly what CPython refuses, with CPython's message."""
import glob
import os
import random
import subprocess
import sys
import tempfile

PYJIT = sys.argv[1]
N = int(sys.argv[2])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "programs")

INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "'", '"', "'''", "\\", " ", "    ",
           "\t", "if ", "else ", "for ", "in ", "print ", "return ", "1", "x ", ".", "0",
           "lambda ", "*", "**", "not ", "def ", "class "]


def mutate(r, src):
    lines = src.split("\n")
    k = r.randrange(len(lines))
    line = lines[k]
    c = r.random()
    if c < 0.35 and line:
        i = r.randrange(len(line))
        line = line[:i] + line[i + 1:]
    elif c < 0.5 and line.strip():
        words = line.split(" ")
        j = r.randrange(len(words))
        del words[j]
        line = " ".join(words)
    elif c < 0.6:
        line = line.lstrip() if line.startswith(" ") else "  " + line
    else:
        i = r.randrange(len(line) + 1)
        line = line[:i] + r.choice(INSERTS) + line[i:]
    lines[k] = line
    return "\n".join(lines), k


def cpython_error(path):
    p = subprocess.run(["python3", "-c", "import sys; compile(open(sys.argv[1]).read(), "
                        "sys.argv[1], 'exec')", path], capture_output=True, text=True)
    if p.returncode == 0:
        return None
    return p.stderr.strip().splitlines()[-1]


def main():
    r = random.Random(int(os.environ.get("SEED", "1")))
    progs = sorted(glob.glob(os.path.join(ROOT, "**", "*.py"), recursive=True))
    # Only programs that compile: the syntax-error tests are broken already.
    progs = [p for p in progs if "syntax" not in os.path.basename(p)]
    bad = tried = 0
    while tried < N:
        src = open(r.choice(progs)).read()
        broken, k = mutate(r, src)
        fd, path = tempfile.mkstemp(suffix=".py")
        with os.fdopen(fd, "w") as f:
            f.write(broken)
        try:
            want = cpython_error(path)
            if want is None or not want.split(":")[0].endswith("Error"):
                continue
            tried += 1
            try:
                p = subprocess.run([PYJIT, path], capture_output=True, text=True, timeout=10,
                                   stdin=subprocess.DEVNULL)
                got = p.stderr.strip().splitlines()[-1:] or [""]
                got = got[0] if p.returncode else "ran (exit 0)"
            except subprocess.TimeoutExpired:
                got = "timeout"
            if got != want:
                bad += 1
                if bad <= 25:
                    print("differs: line %d of" % (k + 1), repr(broken.split("\n")[max(0, k - 2):k + 2]))
                    print("   cpython:", want)
                    print("   pyjit:  ", got)
        finally:
            os.unlink(path)
    print("%d of %d differ" % (bad, tried))


if __name__ == "__main__":
    main()
