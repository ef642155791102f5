# `obj.attr op= v` (LoadFast DupTop LoadAttr ... InplaceOp RotTwo StoreAttr) on
# instances: the cases a fused fast path of these instructions (docs/architecture.md,
# "obj.attr op= v") must leave as the instructions one by one do: ints leaving and
# re-entering the small-int range, class attributes shadowed by the store, old values with
# finalizers freed by the store, properties, slots, several classes at one site, errors.


class P:
    def __init__(self):
        self.x = 1.5
        self.n = 3
        self.s = "a"


class Counted:
    total = 0  # a class attribute first, shadowed by the instance's after `+=`


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class WithProp:
    def __init__(self):
        self._v = 1.0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 2


def run():
    p = P()
    for i in range(300):
        p.x -= 0.5 * i
        p.x += i
        p.n += i
        p.n *= 1
        p.s += "b" if i % 100 == 0 else ""
    print(p.x, p.n, p.s)

    # int overflow out of the fast path, then back to small ints
    for i in range(70):
        p.n *= 2
    print(p.n)
    p.n = 1
    for i in range(5):
        p.n //= 1
        p.n -= 3
    print(p.n)

    # a class attribute read, then stored on the instance
    cs = [Counted() for _ in range(3)]
    for k in range(200):
        c = cs[k % 3]
        c.total += 1
    print([c.total for c in cs], Counted.total)

    # an old value with a finalizer, replaced by a number
    holders = [P() for _ in range(3)]
    for h, t in zip(holders, "xyz"):
        h.x = Noisy(t)
    for h in holders:
        try:
            h.x += 1
        except TypeError as e:
            print("TypeError:", e)
        h.x = 0.0
        h.x += 2.5
        print("after", h.x)

    # the right-hand side rebinds the attribute to an object with a finalizer: the store
    # frees it at once
    def rebind(h, t):
        h.x = Noisy(t)
        return 1

    for _ in range(3):
        h = holders[0]
        h.x = 0.5
        h.x += rebind(h, "r")
        print("stored", h.x)

    # a property: the setter runs each time
    w = WithProp()
    for _ in range(3):
        w.v += 1.5
    print(w.v)

    # slots and several classes at one site
    objs = [P(), Slotted(), P()]
    for k in range(30):
        o = objs[k % 3]
        if isinstance(o, Slotted):
            o.a += 1
        else:
            o.x += 1
    print(objs[0].x, objs[1].a, objs[2].x)

    # mixed int/float and division
    p.x = 10
    for _ in range(200):
        p.x /= 2
        p.x *= 2.0
    print(p.x, type(p.x).__name__)

    # errors keep their messages
    p.x = 1.0
    try:
        p.x /= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        p.s -= 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        p.missing += 1
    except AttributeError as e:
        print("AttributeError:", e)


run()
