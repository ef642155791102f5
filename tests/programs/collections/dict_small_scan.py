# Dicts of up to 16 slots (10 keys) have no hash index: lookups scan the entries.
# Growing across that size, shrinking back by deletions and compaction, colliding
# hashes and keys with __eq__ must all look up, iterate and order as CPython does.


def check(d, present, absent):
    for k in present:
        assert k in d, k
        assert d[k] == d.get(k), k
    for k in absent:
        assert k not in d, k
        assert d.get(k, "none") == "none", k


d = {}
for i in range(14):
    d["k%d" % i] = i
    check(d, ["k%d" % j for j in range(i + 1)], ["k%d" % (i + 1), "x"])
print(len(d), list(d)[:3], list(d)[-3:])

for i in range(0, 14, 2):
    del d["k%d" % i]
print(list(d.items()))
check(d, ["k%d" % i for i in range(1, 14, 2)], ["k%d" % i for i in range(0, 14, 2)])
for i in range(0, 14, 3):
    d["k%d" % i] = -i
print(list(d.items()))
for k in list(d)[:8]:
    del d[k]
print(list(d.items()))
d["new"] = 1
d["k3"] = 33
print(list(d.items()))

# hash(-1) == hash(-2) == -2 in CPython: equal hashes, different keys.
e = {-1: "a", -2: "b", 0: "z"}
print(e[-1], e[-2], e.get(-3), hash(-1) == hash(-2))
del e[-1]
print(e, -1 in e, -2 in e)
e[-1] = "c"
print(e)

# Equal values of different types are one key.
f = {1: "int"}
f[1.0] = "float"
f[True] = "bool"
print(f, len(f))


class K:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K(%d)" % self.n


g = {}
for n in range(8):
    g[K(n)] = n
print(g[K(4)], K(9) in g, len(g))
del g[K(1)]
g[K(1)] = 100
print(list(g.items()))


class P:
    pass


p = P()
for i in range(12):
    setattr(p, "a%d" % i, i)
print(sorted(vars(p).items())[:4], p.a11)
for i in range(0, 12, 2):
    delattr(p, "a%d" % i)
print(list(vars(p)), hasattr(p, "a0"), p.a5)
p.a0 = "back"
print(list(p.__dict__.items()))

kw = dict(a=1, b=2, c=3)
kw.update(d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11)
print(kw.pop("a"), kw.popitem(), list(kw))
kw.clear()
kw["z"] = 0
print(kw, kw.setdefault("y", 5), kw)
