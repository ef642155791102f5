# Branches on the truth of objects: None, lists, tuples, and instances of classes without
# __bool__/__len__ (always true), with the guards that fail when that changes.


class Plain:
    def __init__(self, v):
        self.v = v


class Sub(Plain):
    pass


def count_truthy(items):
    n = 0
    for x in items:
        if x:
            n += 1
    return n


# None and instances: instances of a plain class are true, None is false.
objs = [Plain(i) if i % 3 else None for i in range(300)]
print(count_truthy(objs))


def sum_nonempty(seqs):
    total = 0
    for s in seqs:
        if s:
            total += len(s)
        else:
            total -= 1
    return total


lists = [[1] * (i % 4) for i in range(300)]
print(sum_nonempty(lists))
tuples = [(1,) * (i % 3) for i in range(300)]
print(sum_nonempty(tuples))


# `a or b` / `a and b` on objects.
def pick(items, default):
    out = 0
    for x in items:
        y = x or default
        out += y.v
        z = x and x.v
        if z is None:
            out += 1000
    return out


print(pick(objs, Plain(-1)))


# A class gains __bool__ in the middle of the loop: the class guard fails and the
# interpreter (then a new trace) calls it.
class Flag:
    pass


def count_flags(n, flags):
    c = 0
    for i in range(n):
        if i == 250:
            Flag.__bool__ = lambda self: False
        if flags[i % len(flags)]:
            c += 1
    return c


print(count_flags(500, [Flag(), Flag()]))


# Another class (with __len__) shows up at the same site: the guard on the class fails.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def count_mixed(items):
    c = 0
    for x in items:
        if x:
            c += 1
    return c


mixed = [Plain(1)] * 300 + [Sized(0), Sized(2), Sub(3), None, Sized(0)] * 20
print(count_mixed(mixed))


# A list whose truth changes as the loop runs, and `while lst:` at the loop level.
def drain(lst):
    total = 0
    i = 0
    while lst:
        total += lst[-1] if i % 2 else 0
        i += 1
        if i % 7 == 0:
            lst = lst[:-1]
    return total, i


print(drain(list(range(60))))


# A `return` from inside the loop: the recorded iteration does not return, the guard on the
# branch exits, and the interpreter returns.
def find(items, target):
    for x in items:
        if x is not None and x.v == target:
            return x.v
    return -1


print(find(objs, 299), find(objs, 3), find(objs, 1000))


def first_empty(seqs):
    k = 0
    while True:
        if not len(seqs[k]) and k > 100:
            return k
        k += 1


print(first_empty(lists))


# `~` of ints.
def inv(n):
    s = 0
    for i in range(n):
        s += ~i & 0xFF
        s ^= ~(i * 3)
    return s


print(inv(500))
