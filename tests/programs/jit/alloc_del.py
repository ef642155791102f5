# Finalizers: instances of classes with __del__ are never allocated by traces; instances
# without one that hold one are freed in the interpreter's order.

log = []


class Noisy:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        log.append(self.i)


class Holder:
    def __init__(self, thing, k):
        self.thing = thing
        self.k = k


def make_noisy(n):
    s = 0
    for i in range(n):
        o = Noisy(i)
        s += o.i
    return s


def hold(items):
    s = 0
    for t in items:
        h = Holder(t, 2)
        s += h.k + h.thing.i
    return s


print(make_noisy(1000))
print(len(log), log[:3], log[-3:])
log.clear()
items = [Noisy(i) for i in range(500)]
print(hold(items))
del items
print(len(log), sorted(log)[:3], sorted(log)[-3:])


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def pairs_of_noisy(n):
    # The Noisy instance made each iteration dies with the Pair holding it.
    s = 0
    for i in range(n):
        p = Pair(Noisy(i), i)
        s += p.b
    return s


log.clear()
print(pairs_of_noisy(1000))
print(len(log), log[:3], log[-3:])
