# An instance's attributes live in the instance until Python asks for its __dict__
# (InstDict); from then on the dict object is the table. Cached loads and stores, the
# JIT's inline attribute reads and the collector must all follow the move.
import copy
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def walk(ps, n):
    t = 0
    for _ in range(n):
        for p in ps:
            t += p.x + p.norm1()
            p.y = p.y + 1
    return t


ps = [P(i, -i) for i in range(8)]
print(walk(ps, 30))

# Ask for some of the dicts halfway: the loop's caches and traces have seen inline tables.
ds = [vars(p) for p in ps[::2]]
ds[0]["x"] = 100
ps[2].__dict__["y"] = -5
print(walk(ps, 30))
print([sorted(p.__dict__.items()) for p in ps[:3]])
print(ds[1] is ps[2].__dict__, vars(ps[4]) is ps[4].__dict__)

# Attributes added after the dict object exists go into it, whichever side adds them.
q = P(1, 2)
d = q.__dict__
for i in range(50):
    q.z = i
    setattr(q, "w%d" % (i % 3), i)
d["v"] = "dict side"
print(q.z, q.v, sorted(d), len(d))
del q.w0
d.pop("w1")
print(hasattr(q, "w0"), hasattr(q, "w1"), q.w2, sorted(vars(q)))

# Deletion without a dict object, cached stores after it.
r = P(3, 4)
for i in range(40):
    r.x = i
    if i == 20:
        del r.y
print(r.x, hasattr(r, "y"), r.__dict__)

# Many attributes (a table past the scanned size keeps a hash index).
class Big:
    pass


b = Big()
for i in range(40):
    setattr(b, "a%d" % i, i)
for i in range(0, 40, 3):
    delattr(b, "a%d" % i)
print(sum(getattr(b, "a%d" % i) for i in range(40) if i % 3), len(vars(b)))
b.a0 = "back"
print(list(vars(b))[:3], list(vars(b))[-2:])

# __class__ assignment keeps the table; copies get their own.
class Q(P):
    def norm1(self):
        return -1


s = P(5, 6)
s.__class__ = Q
print(s.norm1(), s.x, vars(s))
c = copy.copy(s)
c.x = 50
print(s.x, c.x, type(c).__name__, c.__dict__ is s.__dict__)
dc = copy.deepcopy(ps[1])
print(vars(dc), dc.__dict__ is ps[1].__dict__)


# Cycles through instance tables, inline and as dict objects, are collected.
class Node:
    def __init__(self):
        self.other = None


gc.collect()
for k in range(3):
    a, b2 = Node(), Node()
    a.other, b2.other = b2, a
    if k == 1:
        vars(a)
    if k == 2:
        held = vars(b2)
    del a, b2
print(gc.collect() >= 2, held["other"].other is not None)


# A finalizer sees the instance's attributes, whether or not a dict object was made.
class F:
    def __init__(self, tag, expose):
        self.tag = tag
        if expose:
            self.__dict__["seen"] = True

    def __del__(self):
        print("del", self.tag, sorted(self.__dict__))


f = F("plain", False)
del f
f = F("exposed", True)
del f
print("end")
