# Several attributes of one instance read and written in a traced loop: the trace checks the
# class and the dict once per instance (the check covering the largest attribute index any
# site uses). Mid-loop: the class changes, an attribute is added to the class, an instance
# has fewer attributes or another attribute order, a fresh instance gets new attribute names.


class P:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


class Q:
    def __init__(self, x):
        self.x = x


def pairs(ps, steps):
    for _ in range(steps):
        for p, q in ps:
            d = p.a - q.a
            e = p.b - q.b
            p.d += d * 0.5 + e
            q.d -= d * 0.25
            p.c += q.d
    return [round(p.d + p.c, 6) for p, _ in ps]


def short_dict(objs):
    s = 0.0
    for o in objs:
        s += o.a
        s += o.d
    return s


def class_changes(objs):
    s = 0.0
    k = 0
    for o in objs:
        s += o.a + o.b + o.c + o.d
        k += 1
        if k == 250:
            P.tag = 1
        if k == 400:
            P.d = property(lambda self: 100.0)
    del P.tag
    del P.d
    return s


def fresh_names(objs):
    s = 0.0
    n = 0
    for o in objs:
        s += o.a
        q = Q(o.b)
        q.n = n
        n += 1
        s += o.d + q.x
    return s, n


def make(n):
    return [P(float(i), i * 0.5, 1.0, 2.0) for i in range(n)]


objs = make(40)
ps = [(objs[i], objs[j]) for i in range(5) for j in range(i + 1, 5)]
print(pairs(ps, 300))

objs = make(600)
odd = P(1.0, 2.0, 3.0, 4.0)
del odd.b
del odd.c
objs[350] = odd
order = P(1.0, 2.0, 3.0, 4.0)
del order.a
order.a = 9.0
objs[450] = order
print(short_dict(objs))
print(class_changes(make(600)))
print(fresh_names(make(600)))
short = P(1.0, 2.0, 3.0, 4.0)
del short.d
objs = make(500)
objs[420] = short
try:
    print(short_dict(objs))
except AttributeError as e:
    print("AttributeError", e)
