# math functions added for 3.11 parity: results printed bit-exactly (float.hex) and errors.
import math

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
        print(name, args, r.hex(), r)
    except Exception as ex:
        print(name, args, type(ex).__name__, ex)

inf, nan = float("inf"), float("nan")
for x in [0.0, -0.0, 0.1, 0.5, 1.0, 2.5, -3.7, 6.0, 27.0, 1e-8, 30.0, inf, -inf, nan]:
    for f in ["erf", "erfc", "asinh", "cbrt", "exp2"]:
        show(f, x)
for x in [1.0, 1.5, 10.0, 1e300, 0.5, -1.0, inf]:
    show("acosh", x)
for x in [0.0, 0.5, -0.99, 1.0, -1.0, 1.5]:
    show("atanh", x)
for x in [0.5, 1.0, 5.0, 23.0, 24.0, 100.5, 171.5, 171.7, 250.0, -0.5, -1.0, -2.5,
          -150.25, -250.5, 0.0, -0.0, 1e-300, 5e-324, inf, -inf, nan]:
    show("gamma", x)
    show("lgamma", x)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (0.0, -0.0), (-0.0, 0.0), (5e-324, -1.0),
             (1.7976931348623157e308, inf), (inf, 0.0), (2.0, 2.0), (nan, 1.0)]:
    show("nextafter", x, y)
for x in [1.0, 0.0, -3.5, 5e-324, 1e300, 1.7976931348623157e308, inf, nan, 2**60]:
    show("ulp", x)
for x, y in [(10.0, 3.0), (11.0, 3.0), (-10.0, 3.0), (7.5, 5.0), (12.5, 5.0), (1.0, 0.0),
             (inf, 1.0), (1.0, inf), (nan, 1.0), (5e-324, 1e-323), (1e308, 3.0), (-0.0, 1.0)]:
    show("remainder", x, y)
show("erf")
show("nextafter", 1.0)
show("gamma", "x")
show("cbrt", 10**400)
print(math.gamma(5), math.lgamma(True), math.exp2(10), math.cbrt(-27))
