# globals() and locals(), best effort.
counter = 1
g = globals()
print(g["counter"], "g" in g, g["__name__"])
g["injected"] = "via globals()"
print(injected)
globals()["counter"] += 1
print(counter)


def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())


print(func(1))


def uses_globals():
    return globals() is g, globals()["counter"]


print(uses_globals())


class K:
    x = 1
    y = x + 1
    keys = sorted(k for k in locals() if not k.startswith("__"))


print(K.keys)
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))


def dyn(name):
    return globals().get(name, "missing")


print(dyn("counter"), dyn("nothing"))
