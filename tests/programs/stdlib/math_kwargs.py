# Every math function refuses keyword arguments with CPython's message, but isclose and prod.
import math
names = sorted(n for n in dir(math) if callable(getattr(math, n)) and not n.startswith("_"))
for n in names:
    if n in ("isclose", "prod"):
        continue
    try:
        getattr(math, n)(1, x=1)
        print(n, "no error")
    except TypeError as e:
        print(n, "TypeError:", e)
print(math.isclose(1.0, 1.0 + 1e-10, rel_tol=1e-9), math.prod([2, 3], start=2))
