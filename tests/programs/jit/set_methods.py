# set.add / discard / remove and `in` in traces: keys of several types, a key changing type
# mid-loop, KeyError mid-loop, a frozenset replacing the set (AttributeError at the method
# lookup), instance keys whose `__eq__`/`__hash__` the interpreter must call, `len` of a
# set the loop grows.


def add_discard(n):
    s = set()
    names = ["a", "b", "c", "d", "e"]
    t = 0
    for i in range(n):
        s.add(i % 37)
        s.add(names[i % 5])
        s.add((i % 3, "k"))
        if i % 4 == 0:
            s.discard(i % 37)
            s.discard("absent")
        t += len(s)
    return t, len(s), sorted(x for x in s if isinstance(x, int))[:10]


def queens_like(n):
    # nqueens' `place`: add before the recursive step, discard after.
    cols = set()
    up = set()
    hits = 0
    for i in range(n):
        c = i % 8
        u = i % 13
        if c in cols or u in up:
            cols.discard(c)
            up.discard(u)
            continue
        cols.add(c)
        up.add(u)
        hits += 1
    return hits, sorted(cols), sorted(up)


def key_types(n):
    s = {1, 2.0, True, None, "a"}
    keys = [1, 1.0, 2, 2.5, "a", "b", None, (1,), 0, False]
    t = 0
    for i in range(n):
        k = keys[(i // 50) % len(keys)]
        s.add(k)
        if k in s:
            t += 1
        s.discard(k)
    return t, sorted(repr(x) for x in s)


def remove_missing(n):
    s = set(range(n // 2))
    try:
        for i in range(n):
            s.remove(i)
    except KeyError as e:
        print("KeyError", e, i, len(s))


def frozen_midway(n):
    sets = [set(), set()]
    t = 0
    try:
        for i in range(n):
            s = sets[i % 2]
            s.add(i % 10)
            t += len(s)
            if i == n // 2:
                sets[1] = frozenset([1, 2])
    except AttributeError as e:
        print("AttributeError", e, i, t)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and other.v == self.v


def instance_keys(n):
    s = set()
    t = 0
    for i in range(n):
        s.add(i % 20)
        if i == n // 2:
            s.add(Key(3))
        s.discard(i % 7 + 100)
        t += len(s)
    return t


def unhashable(n):
    s = set()
    x = 1
    try:
        for i in range(n):
            if i == n // 2:
                x = [1]
            s.add(x)
    except TypeError as e:
        print("TypeError", e, i)


print(add_discard(1000))
print(queens_like(1000))
print(key_types(1000))
remove_missing(1000)
frozen_midway(1000)
print(instance_keys(1000))
unhashable(1000)
