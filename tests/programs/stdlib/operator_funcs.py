import operator
from operator import *

print(add(2, 3), sub(2, 3), mul(4, 5), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(5), pos(-5), abs(-7), inv(5), invert(0), lshift(1, 10), rshift(1024, 3))
print(and_(12, 10), or_(12, 10), xor(12, 10), not_(0), not_([1]), truth(''), truth('x'))
print(eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt(3, 2), ge(1, 2), is_(None, None), is_not(1, None))
print(add('ab', 'cd'), mul('ab', 3), add([1], [2]), concat('x', 'y'), concat([1], [2, 3]))
print(contains([1, 2, 3], 2), contains('abc', 'z'), countOf([1, 2, 1, 1], 1), indexOf('abcb', 'b'))
print(index(7), index(True), length_hint([1, 2, 3]), length_hint((x for x in []), 5), call(len, 'abc'))
seq = [0, 1, 2, 3, 4]
print(getitem(seq, 2), getitem(seq, slice(1, 3)), getitem({'k': 'v'}, 'k'))
setitem(seq, 0, 'zero')
delitem(seq, 1)
print(seq)
setitem(seq, slice(0, 2), ['a', 'b', 'c'])
print(seq)
d = {}
setitem(d, 'x', 1)
print(d)
x = [1]
y = iadd(x, [2])
print(x, y, x is y)
n = 5
print(iadd(n, 1), isub(n, 1), imul(n, 2), itruediv(n, 2), ifloordiv(n, 2), imod(n, 3), ipow(n, 2))
print(ilshift(n, 1), irshift(n, 1), iand(n, 4), ior(n, 2), ixor(n, 1), iconcat([1], [2]))
s = {1, 2}
print(sorted(ior(s, {3})), sorted(s))
for f, args in [(concat, (1, 2)), (index, ('a',)), (indexOf, ([1], 2)), (truediv, (1, 0))]:
    try:
        f(*args)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__not__(1), operator.__getitem__('ab', 1))

from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.concat, ['a', 'b', 'c']))
print(list(map(operator.sub, [10, 20], [1, 2])), sorted([3, 1, 2], key=operator.neg))

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __lt__(self, o):
        return self.v < o.v
    def __neg__(self):
        return V(-self.v)
    def __index__(self):
        return self.v
    def __repr__(self):
        return 'V(%r)' % self.v
print(add(V(1), V(2)), lt(V(1), V(2)), neg(V(3)), index(V(9)))

class Hint:
    def __length_hint__(self):
        return 42
print(length_hint(Hint()), length_hint(Hint(), 3), length_hint(object(), 7))
