# Inlined methods replaced halfway through a loop: on the class, or shadowed by an instance
# attribute; the receiver's class changing.


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 2

    def bump(self, d):
        self.v += d
        return self.v


class D(C):
    def get(self):
        return -1.0


def total(objs):
    s = 0.0
    k = 0
    for o in objs:
        s += o.get()
        k += 1
        if k == 300:
            C.get = lambda self: 100.0
    return s


def shadow(objs):
    s = 0.0
    k = 0
    for o in objs:
        s += o.bump(1.0)
        k += 1
        if k == 200:
            objs[400].bump = lambda d: 0.5
    return s


def mixed(objs):
    s = 0.0
    for o in objs:
        s += o.get()
    return s


objs = [C(float(i)) for i in range(1000)]
print(total(objs))
print(shadow(objs))
print(mixed([C(1.0) if i % 100 else D(1.0) for i in range(1000)]))
