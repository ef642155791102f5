import io
import sys
import warnings
from contextlib import redirect_stderr

print(warnings.filters)
print(sorted(warnings.__all__))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("as an instance"))
    warnings.warn("first")
    print(len(log))
    for w in log:
        print(repr(w.message), w.category.__name__, w.line, w.file, w.source)
print(warnings.filters == warnings.filters[:], len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("becomes an exception", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))
    try:
        warnings.warn(SyntaxWarning("instance raised as is"))
    except SyntaxWarning as e:
        print("raised", repr(e))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
        warnings.warn("only once", FutureWarning)
    print([(str(w.message), w.category.__name__) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ign")
    warnings.filterwarnings("ignore", category=BytesWarning)
    warnings.warn("IGNORED by the regex (case-insensitive)")
    warnings.warn("not ignored")
    warnings.warn("bytes", BytesWarning)
    print([str(w.message) for w in log])
    print(warnings.filters[:3])
    warnings.simplefilter("ignore", UserWarning, append=True)
    print(warnings.filters[-1])
    warnings.resetwarnings()
    print(warnings.filters)

# The default filters ignore DeprecationWarning outside __main__ (here: explicit module).
with warnings.catch_warnings(record=True) as log:
    warnings.warn_explicit("deprecated", DeprecationWarning, "lib.py", 3, module="lib")
    warnings.warn_explicit("deprecated", DeprecationWarning, "main.py", 3, module="__main__")
    print([(str(w.message), w.filename, w.lineno) for w in log])
    print(str(log[0]))

print(warnings.formatwarning("msg", UserWarning, "nowhere.py", 3), end="")
print(warnings.formatwarning("msg", UserWarning, "nowhere.py", 3, "  given line  "), end="")
print(warnings.formatwarning("this line", RuntimeWarning, "warnings_basic.py", 1), end="")

err = io.StringIO()
with redirect_stderr(err), warnings.catch_warnings():
    registry = {}
    for i in range(3):
        warnings.warn_explicit("shown once per registry", UserWarning, "warnings_basic.py", 2,
                               registry=registry)
        warnings.warn_explicit("no registry: each time", UserWarning, "x.py", 7)
    warnings.simplefilter("module")
    reg2 = {}
    warnings.warn_explicit("module action", UserWarning, "m.py", 1, registry=reg2)
    warnings.warn_explicit("module action", UserWarning, "m.py", 2, registry=reg2)
print(err.getvalue(), end="")

shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno, file, line))


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn_explicit("to my_show", UserWarning, "f.py", 9)
warnings.showwarning = old
print(shown)

try:
    warnings.warn("bad category", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: warnings.simplefilter("bogus"),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print("RuntimeError:", e)

warnings.simplefilter("error", RuntimeWarning)
warnings.warn("uncaught", RuntimeWarning)
