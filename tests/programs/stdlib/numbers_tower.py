import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in [3, True, 2.5, "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__)[:5], len(c.__abstractmethods__))
    try:
        c()
    except TypeError as e:
        print("TypeError", str(e)[:60])
print(issubclass(int, Number), issubclass(float, Integral), issubclass(bool, Rational))
class MyInt(Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(str(e)[:70])
print(Real.__mro__ if False else [k.__name__ for k in Integral.__mro__])
