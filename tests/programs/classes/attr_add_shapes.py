# Attribute stores that add to a fresh instance's table through the cached path: instances
# of one class growing different attribute sets at the same store sites (a name already
# present at the expected length is rebound, not added twice), tables that outgrow the
# small unindexed size, and deleted attributes leaving holes.


class P:
    def __init__(self, flag):
        if flag:
            self.a = 1
        else:
            self.b = 1
        self.b = 2
        self.c = 3


for flag in (True, False, True, False, False):
    p = P(flag)
    print(flag, vars(p), len(vars(p)))


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "x%d" % i, i)
        self.last = n
        self.x0 = -1


for n in (0, 3, 9, 10, 11, 20, 40):
    w = Wide(n)
    d = vars(w)
    print(n, len(d), list(d)[:3], list(d)[-2:], w.last, w.x0)


class Holes:
    def __init__(self, k):
        self.a = k
        self.b = k
        del self.a
        self.c = k
        self.a = k + 1


for k in range(4):
    h = Holes(k)
    print(vars(h), h.a, h.b, h.c)


class Base:
    def __init__(self):
        self.x = 1


class Sub1(Base):
    def __init__(self):
        self.y = 0
        super().__init__()
        self.z = 2


class Sub2(Base):
    def __init__(self):
        super().__init__()
        self.x = 5
        self.w = 3


for _ in range(3):
    print(vars(Sub1()), vars(Sub2()), vars(Base()))
