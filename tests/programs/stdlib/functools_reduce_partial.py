import functools
import operator
from functools import partial, reduce

print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.add, [], 0), reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.add, ['a'], 'z'))
print(reduce(lambda a, b: a * 10 + b, map(int, '31415')), reduce(operator.add, (x for x in range(5))))
print(functools.reduce(lambda s, c: c + s, 'abc'), reduce(operator.or_, [{1}, {2}, {3}]) == {1, 2, 3})
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError', e)

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(3, exp=4), square(5, mod=7))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5), [two_to(i) for i in range(6)])
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('111'))
join = partial(' '.join)
print(join(['a', 'b']))
print(sorted(['bb', 'a', 'ccc'], key=partial(len)))
p = partial(max, key=len)
print(p(['aa', 'b', 'cccc']))
print(list(map(partial(operator.mul, 3), range(4))))
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct='!'):
        return self.greeting + ', ' + name + punct

g = Greeter('Hello')
hi = partial(g.greet, punct='?')
print(hi('Ann'), hi('Bob', punct='.'))
print(repr(partial(len)), repr(partial(max, 1, key=abs)), repr(partial(sorted, reverse=True)))
