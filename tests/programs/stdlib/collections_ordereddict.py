from collections import OrderedDict

od = OrderedDict()
print(od, len(od))
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError as e:
    print('KeyError', e)

o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == {'y': 2, 'x': 1}, {'y': 2, 'x': 1} == o1, o1 != o2)
print(o1 == OrderedDict(x=1, y=2))
print(OrderedDict(a=1, b=2), OrderedDict({'z': 26, 'y': 25}))
print(list(reversed(o1)))

# mutation
o3 = OrderedDict.fromkeys('abcde', 0)
print(o3)
o3['c'] = 99
del o3['a']
o3['a'] = -1
print(o3)
print(o3.get('c'), o3.get('q', 'none'), o3.setdefault('f', 6), o3.pop('b'), o3.pop('qq', None))
print(o3)
o3.update({'g': 7, 'c': 0})
print(o3)
o4 = o3.copy()
o4.move_to_end('d')
print(o3)
print(o4)
print(o3 | {'h': 8})
print(OrderedDict([(1, 'one'), (2, [2, 2]), ((3,), None)]))

# LRU cache built on OrderedDict
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)

lru = LRU(3)
for k in 'abcabdeb':
    if lru.get(k) is None:
        lru.put(k, k.upper())
print(lru.data)
print(repr(OrderedDict(a=OrderedDict(b=1))))

class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated([('a', 1), ('b', 2), ('a', 3)])
lu['b'] = 9
lu.update(c=1, a=0)
print(lu)

class Logging(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)

lg = Logging(x=1)
lg.update({'y': 2})
lg['z'] = 3
print(lg, type(lg).__name__, isinstance(lg, OrderedDict))
