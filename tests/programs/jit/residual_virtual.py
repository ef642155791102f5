# Instances the trace allocates and passes to a residual call are really made before the call
# (the callee sees and keeps them); what the trace knew about them is forgotten after it.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


KEPT = []


def consume(v, i, step=1):
    v.x = v.x + step
    if i % 100 == 0:
        KEPT.append(v)
    return v.x + v.y


def passes_fresh():
    acc = 0
    for i in range(500):
        v = V(i, 2)
        acc += consume(v, i)
        acc += v.x
    return acc, len(KEPT), [k.x for k in KEPT]


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def total(p, bonus=10):
    p.a.x += bonus
    return p.a.x + p.b.y


def nested_fresh():
    acc = 0
    for i in range(400):
        p = Pair(V(i, 1), V(0, i))
        acc += total(p)
        acc += p.a.x
    return acc


print(passes_fresh())
print(nested_fresh())
