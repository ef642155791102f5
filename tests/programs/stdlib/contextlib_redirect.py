import io
import sys
from contextlib import redirect_stdout, redirect_stderr, contextmanager

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("second line", end="!")
    sys.stdout.write(" written")
print(target is buf)
print(repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print(repr(err.getvalue()))

# Re-entrant and nested.
outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r:
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
    with r:
        print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
with redirect_stdout(u):
    print("any", "object", "with", "write")
print(u.parts)


@contextmanager
def quiet():
    with redirect_stdout(io.StringIO()) as b:
        yield b


with quiet() as b:
    print("hidden")
print("shown", repr(b.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise KeyError("restored after an exception")
except KeyError as e:
    print("stdout restored:", e)
