# Attribute stores in traces of the value the attribute already holds (`attr.store`: the
# compiled code compares tag and payload and skips the helper): the same instance
# again, another one, None, ints, floats (0.0 and -0.0 differ), bools, and an old
# value with `__del__` whose last reference goes at the store (CPython runs it there).


class Box:
    def __init__(self):
        self.cur = None
        self.n = 0
        self.f = 0.0
        self.flag = False


class Item:
    def __init__(self, i):
        self.i = i


def same_or_other(box, items, steps):
    total = 0
    for s in range(steps):
        it = items[(s // 3) % len(items)]
        box.cur = it
        total += box.cur.i
    return total


def none_and_items(box, items, steps):
    nones = 0
    for s in range(steps):
        if s % 4 < 2:
            box.cur = None
        else:
            box.cur = items[s % len(items)]
        if box.cur is None:
            nones += 1
    return nones


def numbers(box, steps):
    t = 0.0
    for s in range(steps):
        box.n = s // 5
        box.f = 0.0 if s % 2 else -0.0
        box.flag = s % 3 == 0
        t += box.n + box.f + (1 if box.flag else 0)
    return t, str(box.f), box.n


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def dels(box, ds, steps):
    for s in range(steps):
        if s % 50 == 0:
            box.cur = ds.pop()
        else:
            box.cur = box.cur
    return len(ds)


box = Box()
items = [Item(i) for i in range(7)]
print(same_or_other(box, items, 3000))
print(box.cur.i)
print(none_and_items(box, items, 3000))
print(numbers(box, 3000))
ds = [D(i) for i in range(10)]
print(dels(box, ds, 400))
box.cur = None
while ds:
    ds.pop()
print("done")
