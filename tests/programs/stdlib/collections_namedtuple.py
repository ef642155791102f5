from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], p[:1], len(p))
x, y = p
print(x, y, list(p), tuple(p), p == (11, 22), (11, 22) == p, p != (1, 2))
print(Point._fields, Point.__name__, type(p).__name__, Point.__doc__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._make(range(2)))
print(hash(p) == hash((11, 22)), {p: 'v'}[Point(11, 22)])
print(p + (1,), p * 2, 11 in p, 33 in p, p.count(11), p.index(22))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 2), Point(0, 9)))
print(Point(1, 2) < Point(1, 3), Point(1, 2) >= (1, 2))
print(list(reversed(p)), sum(p), '%d-%d' % tuple(p))

P3 = namedtuple('P3', 'a b c')
print(P3(1, 2, 3), P3._fields)
P3b = namedtuple('P3b', 'a, b, c')
print(P3b(c=3, b=2, a=1))

Emp = namedtuple('Employee', 'name dept salary', defaults=['eng', 100])
print(Emp('ann'), Emp('bob', 'ops'), Emp('cy', salary=5), Emp._field_defaults)

R = namedtuple('R', 'a def class', rename=True)
print(R._fields, R(1, 2, 3))

for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    Emp('a', 'b', 'c', 'd')
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=3)
except ValueError as e:
    print('ValueError', e)
for bad in ['1x y', 'x class', 'x _y', 'x x', 'x-y']:
    try:
        namedtuple('T', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('T', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError on assignment')

# subclassing
class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), isinstance(v, Vec), type(v).__name__)

# namedtuples in data processing
Row = namedtuple('Row', 'name score')
rows = [Row('a', 3), Row('b', 9), Row('c', 5)]
print(max(rows, key=lambda r: r.score), sorted(rows, key=lambda r: -r.score)[0].name)
print([r._asdict() for r in rows][1])
for name, score in rows:
    print(name, score, end='; ')
print()
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()), Empty._fields)
print(repr(Point('a', [1, 2])), str(Point(None, 1.5)))
from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hyp=%6.3f' % (self.x, self.y, self.hyp)
print(Point(3), Point(3, 4).hyp, str(Point(1, 2)))
print(Point._make([5, 6]), Point(1)._replace(y=7))
class Tagged(namedtuple('Tagged', 'a b')):
    def __init__(self, a, b):
        self.total = a + b
t = Tagged(1, 2)
print(t, t.total, Tagged(b=5, a=1).total)
P1 = namedtuple('P', 'x')
try:
    P1()
except TypeError as e:
    print(e)
try:
    P1(1, 2)
except TypeError as e:
    print(e)
print(P1.__new__(P1, 5))
