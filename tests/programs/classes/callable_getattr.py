# __call__, __getattr__ fallback, __setattr__, __getattribute__-free dynamic attributes.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.misses)
print(p.count(1), hasattr(p, "nonexistent"), p.misses)


class Defaults:
    known = "class attr"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"no attribute {name!r}")


d = Defaults()
d.real = 1
print(d.known, d.real, d.opt_color, getattr(d, "opt_size"), getattr(d, "zzz", "fallback"))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


r = Recorder()
r.a = 1
r.b = "two"
setattr(r, "c", 3.0)
print(r.log, r.a, r.b, r.c)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.v
except AttributeError as e:
    print("AttributeError:", e)


class Namespace:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Namespace({items})"


ns = Namespace(a=1, b="x")
print(ns)
ns.c = [1]
del ns.a
print(ns, getattr(ns, "b"))
