# `a, b, ... = seq` straight into the locals: old values released in store order (their
# finalizers run right after the unpacking), heap items counted, repeated runs of a long
# tuple, a list changed between unpackings, and a store list that is not all `StoreFast`.
# (`a, b = x, y` with a displayed tuple compiles to stores without a tuple, in reverse order:
# not this path.)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def finalized_at_unpack():
    a = Noisy("a1")
    b = Noisy("b1")
    t = ("x", "y")
    print("before")
    a, b = t
    print("after", a, b)


def ten_items(n):
    t = tuple(str(i) for i in range(10))
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        total += len(a + j)
    return total, a, e, j


def list_changes(n):
    lst = [1, 2, 3]
    out = []
    for k in range(n):
        x, y, z = lst
        out.append(x + y + z)
        lst[k % 3] = k * 10
        lst = [lst[1], lst[2], lst[0]]
    return out


def shared_items():
    item = [0]
    t = (item, item, item)
    a, b, c = t
    a.append(1)
    del t
    return a, b, c, a is b is c


def not_all_fast(t):
    class Box:
        pass

    box = Box()
    a, box.v, c = t
    d, e, f = t
    return a, box.v, c, d, e, f


finalized_at_unpack()
print(ten_items(50))
print(list_changes(4))
print(shared_items())
print(not_all_fast((1, "two", [3])))
