# Cached attribute loads and stores on instances whose attribute table moved to a
# __dict__ object (copy.copy, vars(), __dict__.update): the miss path reads and writes
# the shared table at the cached slot.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(ps, rounds):
    t = 0
    for _ in range(rounds):
        for p in ps:
            t += p.x + p.y
            p.x = p.x + 1
    return t


plain = [P(i, i + 1) for i in range(5)]
copied = [copy.copy(P(i, i + 1)) for i in range(5)]
print(total(plain, 50), total(copied, 50))
print([p.x for p in copied], [vars(p)["x"] for p in copied])

# The dict object kept and changed from outside: the cached loads see it.
q = P(1, 2)
d = q.__dict__
for i in range(30):
    d["x"] = i * 10
    assert q.x == i * 10
    q.y = i
    assert d["y"] == i
print(q.x, q.y, d)

# A key deleted through the dict: the load at the cached slot must miss.
r = P(3, 4)
rd = vars(r)
acc = []
for i in range(40):
    if i == 20:
        del rd["x"]
    try:
        acc.append(r.x)
    except AttributeError as e:
        acc.append(str(e))
        rd["x"] = i
print(acc[18:24])

# Keys re-inserted in another order: slots change under the cache.
s = P(5, 6)
sd = s.__dict__
out = []
for i in range(30):
    if i == 15:
        sd.clear()
        sd["y"] = 60
        sd["x"] = 50
    out.append((s.x, s.y))
    s.y += 1
print(out[13:18], sd)


# A data descriptor added to the class mid-loop wins over the instance's table.
class Q:
    def __init__(self):
        self.v = 1


objs = [copy.copy(Q()) for _ in range(3)]
seen = []
for i in range(30):
    if i == 10:
        Q.v = property(lambda self: "prop")
    seen.append(objs[i % 3].v)
print(seen[8:13])


# __dict__.update in __init__ (the whole class's instances share tables from the start).
class R:
    def __init__(self, **kw):
        self.__dict__.update(kw)


rs = [R(a=i, b=2 * i) for i in range(4)]
z = 0
for _ in range(25):
    for o in rs:
        z += o.a * o.b
        o.a += 1
print(z, [o.a for o in rs])
