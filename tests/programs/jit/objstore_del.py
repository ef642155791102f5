# Attribute stores in traces whose old value has a finalizer: `__del__` runs where CPython
# runs it (at the store when the attribute held the last reference), in order with the
# program's output; generators are closed at the store too.


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


class Box:
    def __init__(self):
        self.item = None


def replace(b, items):
    # Every store drops the last reference to the old value.
    for d in items:
        b.item = d
    return b.item.i


def replace_shared(b, items):
    # The old values are still in `items`: no finalizer runs here.
    n = 0
    for d in items:
        b.item = d
        n += 1
    return n


def gen(i):
    try:
        yield i
        yield i + 1
    finally:
        print("closed", i)


def replace_gen(b, n):
    t = 0
    for i in range(n):
        g = gen(i)
        t += next(g)
        b.item = g
        g = None
    return t


def mixed(b, n):
    for i in range(n):
        if i % 10 == 0:
            b.item = D(i)
        else:
            b.item = i
    return b.item


b = Box()
items = [D(i) for i in range(6)]
print(replace_shared(b, items))
print(replace(b, items[3:]))
for k in range(len(items)):
    items[k] = None
print("items gone")
b.item = None
print("item gone")
print(replace_gen(b, 4))
b.item = None
print("gen gone")
print(mixed(b, 35))
b.item = None
print("end")



class K:
    pass


keep = [K(), K(), K()]


def make(i, k=0):
    if i % 4 == 3:
        return D(i)
    return keep[i % 3]


def note(i, k=0):
    print("note", i)
    return 1


def replace_made(b, n):
    # Residual calls make the values; a store that frees the previous one (the attribute
    # held its last reference) exits, and the interpreter finalizes it at once, before the
    # next `note`.
    t = 0
    for i in range(n):
        b.item = make(i)
        t += note(i)
    return t


def plain_gen():
    yield 1
    yield 2


held = [plain_gen()]
next(held[0])


def gen_made(i, k=0):
    if i % 3 == 2:
        g = gen(i)
        next(g)
        return g
    return held[0]


def replace_gens(b, n):
    t = 0
    for i in range(n):
        b.item = gen_made(i)
        t += note(i)
    return t


print(replace_made(b, 14))
b.item = None
print(replace_gens(b, 9))
print("done")
