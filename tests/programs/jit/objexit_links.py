# Exits whose snapshot stores objects into locals, linked to side traces
# (branch jit-objexit): the stub stores the objects with reference counting
# before jumping into the side trace.


class Body:
    def __init__(self, x, m):
        self.x = x
        self.m = m


def nested_pairs(steps):
    # nbody's shape: the inner loops' ends store `a`, `b` (objects) and their
    # side traces run round the outer loop into the next inner loop.
    bodies = [Body(float(i), 1.0 + i) for i in range(4)]
    pairs = [(bodies[i], bodies[j]) for i in range(4) for j in range(i + 1, 4)]
    t = 0.0
    for _ in range(steps):
        for a, b in pairs:
            t += (a.x - b.x) * a.m
        for b in bodies:
            b.x += 0.25
    return t, a.x, b.x


def branchy(items, n):
    # A branch exit after `o = items[...]`: the object store is sunk into the
    # exit, and the other way of the branch is a linked side trace.
    total = 0
    for i in range(n):
        o = items[i % 3]
        if i % 4 == 0:
            total += o.m * 2
        else:
            total += o.m
    return total, o.m


def rebound(items, n):
    # The local holds objects of two classes, then an int, then None.
    out = 0
    for i in range(n):
        o = items[i % len(items)]
        if i % 5 == 0:
            o = i
            out += o
        elif i % 7 == 0:
            o = None
            out -= 1
        else:
            out += o.m
    return out, type(o).__name__


class D:
    def __init__(self, n):
        self.n = n
        self.m = n

    def __del__(self):
        print("del", self.n)


def finalizers(n):
    keep = [D(i) for i in range(4)]
    acc = 0
    for i in range(n):
        o = keep[i % 4]
        if i % 2 == 0:
            acc += o.n
        else:
            acc -= 1
        if i % 37 == 36:
            # `o` now holds the last reference to the old item: the next store
            # into `o` releases it, and its __del__ runs right there.
            keep[i % 4] = D(100 + i)
            print("replaced", i, o.n)
    acc = Body(0.0, acc).m  # (a call: pyjit runs pending finalizers there)
    print("loop done", acc)
    o = None
    while keep:
        keep.pop()
    print("popped")
    return acc


class Z:
    def __init__(self, d):
        self.d = d
        self.m = d


def raises(items, n):
    acc = 0
    i = -1
    o = None
    try:
        for i in range(n):
            o = items[i % len(items)]
            if i % 2:
                acc += 10 // o.d
            else:
                acc += 1
    except ZeroDivisionError as e:
        print("zde", i, o.d, acc, e)
    return acc


def attr_error(items, n):
    acc = 0
    o = None
    for i in range(n):
        o = items[i % len(items)]
        if i % 3:
            acc += o.m
        else:
            acc += 1
    return acc


print(nested_pairs(300))
print(branchy([Body(0.0, 1), Body(0.0, 2), Body(0.0, 3)], 500))
print(rebound([Body(0.0, 1), Z(3), Body(0.0, 5)], 700))
print(finalizers(300))
zs = [Z(1), Z(2), Z(5)] * 40 + [Z(0)]
print(raises(zs, 1000))
try:
    print(attr_error([Z(1), Body(0.0, 2)] * 60 + [object()], 1000))
except AttributeError as e:
    print("attr", e)
print("end")
