#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance corpus with CPython 3.11.

Usage:
    python3 tests/regen.py            # rewrite every .out / .err
    python3 tests/regen.py strings    # only programs whose path contains "strings"
    python3 tests/regen.py --check    # report stale/missing files, write nothing

Conventions (tests/programs.rs implements exactly the same ones):

* Programs live in tests/programs/<category>/<name>.py.  Files whose name
  starts with `_` are helper modules imported by the tests; they are not run.
* Each program is run as `python3 <name>.py [args]` with the working directory
  set to the program's own directory (so traceback paths are just `<name>.py`),
  environment PYTHONHASHSEED=0 (and PYTHONUTF8=1), and a 10 s timeout.
* Command-line args: if the first line of the program is `# args: a b c`, the
  rest of that line is split on whitespace and passed after the script name.
* Standard input: the bytes of `<name>.in` if it exists, otherwise empty.
* `<name>.out`: the exact stdout bytes.
* `<name>.err`: written only when the exit code is non-zero or stderr is
  non-empty (otherwise any stale `.err` is removed).  Its lines are:
      line 1:        `exit: N`
      lines 2..n-1:  the traceback's frame lines, i.e. the stderr lines that
                     fully match `  File "<path>", line <N>, in <name>`, with
                     <path> cut to its last `/`-separated component (CPython
                     prints the absolute script path): `  File "x.py", ...`
      line n:        the last line of stderr (an empty line if stderr is empty)
  and the file ends with a newline.  "Lines" of stderr are the pieces of
  splitting on '\\n' after removing one trailing '\\n'.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(ROOT, "programs")
TIMEOUT = 10
ADDRESS_RE = re.compile(rb" at 0x[0-9a-f]+>")
FRAME_RE = re.compile(r'  File "([^"\n]*)", line [0-9]+, in [^\n]+')


def check_interpreter():
    impl = sys.implementation.name
    if impl != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit(
            "regen.py must be run with CPython 3.11 (this is %s %d.%d.%d)"
            % (impl, *sys.version_info[:3])
        )


def find_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(PROGRAMS):
        dirnames.sort()
        for name in filenames:
            # `_name.py` files are helper modules imported by tests, not tests.
            if name.endswith(".py") and not name.startswith("_"):
                found.append(os.path.join(dirpath, name))
    found.sort()
    return found


def program_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.read().split("\n", 1)[0]
    if first.startswith("# args:"):
        return first[len("# args:"):].split()
    return []


def stderr_lines(stderr_bytes):
    text = stderr_bytes.decode("utf-8", errors="replace")
    if text.endswith("\n"):
        text = text[:-1]
    if text == "":
        return []
    return text.split("\n")


def normalize_frame(line):
    """Reduce the quoted path of a frame line to its last component.

    CPython >= 3.9 reports the script's absolute path, so `File "/x/y/name.py"`
    becomes `File "name.py"` (tests/programs.rs does the same to pyjit's output).
    """
    m = FRAME_RE.fullmatch(line)
    start, end = m.span(1)
    return line[:start] + m.group(1).rsplit("/", 1)[-1] + line[end:]


def err_summary(returncode, stderr_bytes):
    lines = stderr_lines(stderr_bytes)
    frames = [normalize_frame(line) for line in lines if FRAME_RE.fullmatch(line)]
    last = lines[-1] if lines else ""
    return "\n".join(["exit: %d" % returncode] + frames + [last]) + "\n"


def run_one(path):
    directory, name = os.path.split(path)
    stem = name[:-3]
    in_path = os.path.join(directory, stem + ".in")
    stdin = b""
    if os.path.exists(in_path):
        with open(in_path, "rb") as f:
            stdin = f.read()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONUTF8"] = "1"
    # Imported helper modules must not leave __pycache__ directories in the corpus.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, name] + program_args(path),
        cwd=directory,
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    err = None
    if proc.returncode != 0 or proc.stderr:
        err = err_summary(proc.returncode, proc.stderr).encode("utf-8")
    return proc.stdout, err


def masked(data):
    """Object addresses (` at 0x7f...>`) differ between runs; the runner masks
    them, so a .out differing only there is not rewritten."""
    if data is None:
        return None
    return ADDRESS_RE.sub(b" at 0x?>", data)


def read_bytes(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def main():
    check_interpreter()
    argv = sys.argv[1:]
    check = "--check" in argv
    filters = [a for a in argv if not a.startswith("--")]
    programs = find_programs()
    if filters:
        programs = [p for p in programs if any(f in os.path.relpath(p, PROGRAMS) for f in filters)]
    changed = 0
    for path in programs:
        rel = os.path.relpath(path, PROGRAMS)
        base = path[:-3]
        out, err = run_one(path)
        todo = []
        if masked(read_bytes(base + ".out")) != masked(out):
            todo.append(("out", out))
        if read_bytes(base + ".err") != err:
            todo.append(("err", err))
        for ext, data in todo:
            changed += 1
            target = base + "." + ext
            if check:
                print("stale: %s.%s" % (rel[:-3], ext))
            elif data is None:
                os.remove(target)
                print("removed %s.%s" % (rel[:-3], ext))
            else:
                with open(target, "wb") as f:
                    f.write(data)
                print("wrote %s.%s" % (rel[:-3], ext))
    print("%d programs, %d file(s) %s" % (len(programs), changed, "stale" if check else "updated"))
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
