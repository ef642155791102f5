from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

rows = [('apple', 3, 0.5), ('pear', 1, 0.75), ('fig', 3, 0.25), ('kiwi', 2, 1.0)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(-1)(rows))
print(itemgetter(1)('abc'), itemgetter(0, 2, 1)('abc'), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2, 'c': 3}), itemgetter('x')({'x': [1]}))
print(max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1, 2)))
g = itemgetter(5)
try:
    g([1, 2])
except IndexError as e:
    print('IndexError', e)
try:
    itemgetter('q')({})
except KeyError as e:
    print('KeyError', e)

class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last

class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age
    def __repr__(self):
        return '%s %s (%d)' % (self.name.first, self.name.last, self.age)

people = [Person('ada', 'lovelace', 36), Person('alan', 'turing', 41), Person('grace', 'hopper', 85)]
print(sorted(people, key=attrgetter('age'), reverse=True))
print(sorted(people, key=attrgetter('name.last')))
print(attrgetter('name.first', 'age')(people[0]), attrgetter('age')(people[1]))
print([attrgetter('name.last')(p) for p in people])
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError', e)
try:
    attrgetter(5)
except TypeError as e:
    print('TypeError', e)

P = namedtuple('P', 'x y')
pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=attrgetter('x')), sorted(pts, key=itemgetter(1)))

up = methodcaller('upper')
sp = methodcaller('split', ',', 1)
rp = methodcaller('replace', 'a', 'o')
print(up('abc'), sp('a,b,c'), rp('banana'), list(map(methodcaller('strip'), [' a ', 'b '])))
print(methodcaller('get', 'k', 'default')({}), methodcaller('count', 1)([1, 1, 2]))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
print(itemgetter(1), itemgetter(0, 'k'), attrgetter('a.b', 'c'), methodcaller('f', 1, key='v'))
try:
    methodcaller(1)
except TypeError as e:
    print('TypeError', e)
