# Calls that leave trailing parameters to their defaults, inlined (the defaults are
# constants of the trace), and small functions that build lists and tuples: guards failing
# inside them, a mutable default shared between calls, a default that is an object.


class V:
    def __init__(self, name, value=0, tags=None):
        self.name = name
        self.value = value
        self.items = []
        self.pair = (value, name)
        self.tags = tags


def scaled(x, k=3, off=0.5):
    return x * k + off


def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


def pair(a, b=None):
    return [a, b]


def run(n):
    total = 0.0
    vs = []
    for i in range(n):
        total += scaled(i)
        total += scaled(i, 2)
        total += scaled(i, 1, 0.25)
        v = V("v%d" % i)
        vs.append(v)
        total += v.value + len(v.items) + v.pair[0]
    return total, len(vs), vs[-1].name, vs[-1].tags


def mixed(xs):
    total = 0.0
    for x in xs:
        total += scaled(x)
        p = pair(x)
        if p[1] is None:
            total += 1
    return total


def grow(n):
    last = 0
    for i in range(n):
        last = remember(i)
    return last


print(run(500))
print(mixed(list(range(400))))
print(mixed(list(range(300)) + [2.5] + list(range(100))))
try:
    print(mixed(list(range(300)) + ["s"] + list(range(100))))
except TypeError as e:
    print("TypeError", e)
print(grow(400), grow(10))
print(remember.__defaults__[0][:5], len(remember.__defaults__[0]))
