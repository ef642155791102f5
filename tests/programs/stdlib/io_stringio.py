# io.StringIO: writes at the position, reads, lines, seek/tell/truncate, print(file=), close.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0))
t = io.StringIO("a\nbb\n\nccc")
print(list(t))
t.seek(0)
print(t.readlines(), t.read(), t.readline())
t.seek(0)
print(t.readlines(3), t.readline(1))
out = io.StringIO()
print("x", 1, [2], sep="|", end=";\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in [lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue(),
           lambda: io.StringIO(5), lambda: io.StringIO().write(5),
           lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1)]:
    try:
        op()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
