from fractions import Fraction as F
import math, copy
vals = [F(3, 4), F(-7, 3), F(0), F(5), F('1.25'), F('-3/9'), F(' 2e3 '), F('1_000.5'), F(0.1), F(F(2, 3), F(5, 7)), F(-1, -3), F('.5'), F('7e-2')]
for v in vals:
    print(repr(v), str(v), float(v), int(v), math.floor(v), math.ceil(v), round(v), round(v, 2), round(v, -1), hash(v), bool(v), abs(v), -v, +v)
others = [2, -3, 0.5, F(1, 3), True, 2.0]
for a in vals[:6]:
    for b in others:
        r = []
        for op in ('+', '-', '*', '/', '//', '%', '<', '<=', '==', '>', '>=', '!='):
            try:
                r.append(eval('a %s b' % op))
            except ZeroDivisionError as e:
                r.append('ZDE:' + str(e))
            try:
                r.append(eval('b %s a' % op))
            except ZeroDivisionError as e:
                r.append('ZDE:' + str(e))
        try:
            r.append(divmod(a, b)); r.append(divmod(b, a))
        except ZeroDivisionError as e:
            r.append('ZDE:' + str(e))
        print(a, b, r)
for a in [F(2, 3), F(-1, 3), F(0), F(4)]:
    for e in [2, -2, 0, F(1, 2), F(3), 0.5, F(-2)]:
        if a < 0 and e in (F(1, 2), 0.5):
            continue
        try:
            print(a, e, repr(a ** e))
        except ZeroDivisionError as x:
            print('ZDE', x)
    for b in [2, 3.0, 0]:
        try:
            print(b, a, repr(b ** a))
        except (ZeroDivisionError, ValueError) as x:
            print(type(x).__name__, x)
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(1), F(3, 10).limit_denominator(5), F(1, 3).limit_denominator(3))
print(F(1,2) == 0.5, F(1, 3) == 1/3, F(2) == 2, hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(F(10**30, 3) / 7, float(F(10**400, 3*10**399)), F(1, 3).as_integer_ratio(), F.from_float(0.25), F.from_float(3))
print(sorted([F(1, 2), 0.3, 1, F(-5, 4)]), sum([F(1, n) for n in range(1, 10)]), max(F(1, 3), 0.3))
print({F(1, 2): 'a', 0.5: 'b', F(3): 'c', 3: 'd'})
print(copy.copy(F(1, 5)), copy.deepcopy([F(2, 5)]))
for bad in ['1/0', 'abc', '1.2.3', '', '3/-4', '1 /2']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), ([1],), (1.5, 2), (1, 'x')]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for f in [float('nan'), float('inf')]:
    try:
        F(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    F.from_float('x')
except TypeError as e:
    print(e)
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print(e)
import numbers
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).real, F(3,4).imag, F(3,4).conjugate())
class G(F):
    pass
print(repr(G(1, 2)), repr(G(1, 2) + 1), repr(copy.copy(G(3, 5))))
