import copy

l = [1, [2, 3], {'k': 'v'}]
c = copy.copy(l)
print(c, c == l, c is l, c[1] is l[1])
d = {'a': [1], 'b': (2, 3)}
cd = copy.copy(d)
print(cd, cd is d, cd['a'] is d['a'])
s = {1, 2, 3}
cs = copy.copy(s)
print(sorted(cs), cs is s, cs == s)
for v in [1, 2.5, 'str', (1, 2), None, True, frozenset([1]), range(3), len, copy.copy]:
    print(type(v).__name__, copy.copy(v) is v)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)

p = Point(1, 2)
q = copy.copy(p)
q.x = 10
q.tags.append('shared')
print(p, q, type(q) is Point, q.tags is p.tags)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)

w = copy.copy(WithCopy(1))
print(w.v)

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'expensive'
    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'

ws = copy.copy(WithState())
print(ws.a, ws.cache)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b * 2))
r = copy.copy(Reduced(1, 2))
print(r.a, r.b)

class Slotted:
    def __init__(self):
        self.v = [1]
class Child(Slotted):
    pass
ch = copy.copy(Child())
print(type(ch).__name__, ch.v)

class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, vars(e))

class NewArgs:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created_with = args
        return obj
    def __init__(self, x):
        self.x = x
n = copy.copy(NewArgs(5))
print(n.x, n.created_with)

class E(Exception):
    pass
ex = copy.copy(E('boom', 2))
print(type(ex).__name__, ex.args)
print(copy.copy([]), copy.copy({}), copy.copy(()))
