"""The part the fuzzers share: run a program of guarded one-line checks under CPython and
pyjit, and report the first check whose printed line differs."""
import os
import re
import subprocess
import tempfile


def guarded(expr):
    """A program line that prints `expr`, or the exception it raises."""
    return "try:\n    print(%s)\nexcept Exception as ex:\n    print(type(ex).__name__, ex)" % expr


def differs(pyjit, lines, seed, shown, prelude=()):
    """Run `lines` (guarded checks, one printed line each) after the definitions `prelude`
    with python3 and `pyjit`; print the first differing check unless `shown` reports have
    been printed; whether any differs."""
    fd, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(list(prelude) + lines) + "\n")
    try:
        e = subprocess.run(["python3", path], capture_output=True, text=True).stdout
        g = subprocess.run([pyjit, path], capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    # Addresses in reprs (`<function f at 0x...>`) differ from run to run.
    e, g = (re.sub(r"0x[0-9a-f]{6,}", "0x?", out) for out in (e, g))
    if e == g:
        return False
    el, gl = e.splitlines(), g.splitlines()
    if shown < 15:
        for k, (x, y) in enumerate(zip(el, gl)):
            if x != y:
                print("seed", seed, ":", lines[k].splitlines()[1].strip())
                print("   cpython:", x[:150])
                print("   pyjit:  ", y[:150])
                break
        else:
            print("seed", seed, "length differs", len(el), len(gl))
    return True
