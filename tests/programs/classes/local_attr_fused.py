# `local.attr` loads and `local.attr = v` stores, which the interpreter runs as one step
# when the cache hits; every way the cache can miss mid-loop must behave as usual.


class P:
    def __init__(self, x):
        self.x = x


def loads(objs):
    total = 0
    for i, p in enumerate(objs):
        total += p.x
        if i == 5:
            # A class attribute shadowed by nothing: the instance attribute still wins.
            P.x = 1000
        if i == 8:
            # A data descriptor on the class now takes precedence over the instance dict.
            P.x = property(lambda self: -1)
    return total


print(loads([P(i) for i in range(12)]))
del P.x


def stores(n):
    p = P(0)
    log = []
    for i in range(n):
        p.x = i
        p.y = i * 2  # added once, then replaced
        if i == 3:
            del p.y
        if i == 6:
            P.__setattr__ = lambda self, k, v: log.append((k, v))
        log.append(p.x)
    return log, sorted(vars(p).items())


print(stores(9))
del P.__setattr__


class Slotted:
    __slots__ = ("x",)


def slotted():
    s = Slotted()
    out = []
    for i in range(4):
        s.x = i
        out.append(s.x)
    try:
        s.y = 1
    except AttributeError as e:
        out.append(str(e))
    return out


print(slotted())


class Q:
    pass


def mixed(objs):
    out = []
    for o in objs:
        o.v = len(out)
        out.append(o.v)
        try:
            out.append(o.missing)
        except AttributeError as e:
            out.append(type(e).__name__)
    return out


print(mixed([P(1), Q(), P(2), Q(), 5]))
