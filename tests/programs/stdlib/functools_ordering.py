from functools import total_ordering, cmp_to_key, cached_property, singledispatch

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version('1.2.0'), Version('1.10')
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version('1.2.0'), a >= Version('1.2.0'))
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10')]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__)

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Score(1) < Score(2), Score(3) <= Score(3), Score(1) >= Score(2), Score(5) > Score(4))

@total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v
print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2))

@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(Ge(1) < Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(2), Ge(1) > Ge(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
print(min(words, key=cmp_to_key(cmp_len_then_alpha)), max([5, 9, 1], key=cmp_to_key(lambda x, y: x - y)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area, c.computed)

@singledispatch
def describe(x):
    return 'object ' + repr(x)

@describe.register(int)
def _(x):
    return 'int %d' % x

@describe.register(list)
def _(x):
    return 'list of %d' % len(x)

print(describe(5), describe([1, 2]), describe('s'), describe(True), describe(2.5))
