# `local.attr op= v` compiles to `LoadFast LoadAttr ... InplaceOp LoadFast StoreAttr`
# (the object loaded twice) when the object is a fast local and `v` cannot rebind it;
# otherwise (`:=` in `v`, a cell, a global, a class body) to `DupTop ... RotTwo`. Both
# must behave as CPython's: the attribute read before `v` is evaluated, the store made on
# the object read first, in this order of hooks.


class Loud:
    def __init__(self, name):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "x", 1)

    def __getattribute__(self, attr):
        if attr == "x":
            print("get", object.__getattribute__(self, "name"), attr)
        return object.__getattribute__(self, attr)

    def __setattr__(self, attr, value):
        print("set", self.name, attr, value)
        object.__setattr__(self, attr, value)


def val(tag, v):
    print("eval", tag)
    return v


def fast_local():
    o = Loud("a")
    o.x += val("rhs", 10)
    o.x *= val("rhs", 2) + val("rhs2", 1)
    print(o.x)


def walrus_rebinds():
    o = Loud("first")
    other = Loud("second")
    o.x += (o := other).x + 100
    print(o.name, o.x)


def cell_rebinds():
    o = Loud("c1")
    replacement = Loud("c2")

    def swap():
        nonlocal o
        o = replacement
        return 5

    o.x += swap()
    print(o.name, o.x, replacement.x)


g = Loud("g1")


def rebind_global():
    global g
    g = Loud("g2")
    return 7


def global_target():
    g.x += rebind_global()
    print(g.name, g.x)


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0.0

    def bump(self, k):
        self.n += 1
        self.total += k * 0.5
        return self.n


def method_self():
    c = Counter()
    for i in range(1000):
        c.bump(i)
    print(c.n, c.total)


def errors():
    o = Counter()
    try:
        o.n += None
    except TypeError as e:
        print("TypeError:", e)
    try:
        o.missing += 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        o.n += 1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, o.n)
    try:
        u.n += 1
        u = o
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def in_generator():
    c = Counter()
    for i in range(3):
        c.n += yield c.n
    yield c.n


def in_loop_hot():
    # long enough for the JIT to trace the loop
    a = Counter()
    b = Counter()
    for i in range(3000):
        a.total -= i * 0.25
        b.total += a.total * 0.001
        a.n += 1
        b.n -= a.n & 3
    print(a.total, b.total, a.n, b.n)


class Body:
    # a class body: `v.x += ...` here reads names from the class namespace
    v = Counter()
    v.n += 3
    print("class body", v.n)


fast_local()
walrus_rebinds()
cell_rebinds()
global_target()
method_self()
errors()
gen = in_generator()
print(next(gen), gen.send(5), gen.send(6), gen.send(7))
in_loop_hot()
m = Counter()
m.n += 41  # module level
print(m.n)
