# `str % x` in traced loops (the `str.mod` helper): ints, floats, bools, strs and tuples of
# them; the operand's type changes mid-loop; a tuple holding an instance (its `__str__`
# runs in the interpreter); formatting errors raised mid-loop with their tracebacks.


class P:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "P<%d>" % self.n

    def __repr__(self):
        return "P(%r)" % self.n


def names(xs, fmt):
    out = []
    for x in xs:
        out.append(fmt % x)
    return out


def total(xs):
    n = 0
    for i in range(len(xs)):
        s = "v%d" % xs[i]
        if s == "v7":
            n += 100
        t = "%s-%s" % (s, i)
        if t > "v5":
            n += 1
    return n


def counts(n):
    seen = {}
    for i in range(n):
        k = "k%d" % (i % 7)
        seen[k] = seen.get(k, 0) + 1
    return sorted(seen.items())


xs = list(range(400))
r = names(xs, "v%d")
print(r[:3], r[-1], len(r))
print(names(xs[:300] + [2.5, True, "s"] + xs[300:], "<%s>")[298:306])
print(names(xs[:300] + [2.75] + xs[300:], "%.3f")[299:302])
print(names([(i, i * 0.5) for i in range(300)], "%d:%.1f")[-2:])
print(names([(i, "a") for i in range(300)] + [(P(3), "b")], "%s/%s")[-2:])
print(names(xs[:250] + [P(7)] + xs[250:], "%r")[249:253])
print(total(xs))
print(counts(2000))
try:
    names(xs[:300] + ["x"] + xs[300:], "%d")
except TypeError as e:
    print("TypeError", e)
try:
    names(xs[:300] + [(1, 2)] + xs[300:], "%d")
except TypeError as e:
    print("TypeError", e)
try:
    names(xs, "%d %d")
except TypeError as e:
    print("TypeError", e)


def fails(xs):
    out = 0
    for x in xs:
        if "%x" % x == "ff":
            out += 1000
        out += 1
    return out


print(fails(xs))
print(fails(xs[:300] + [1.5] + xs[300:]))
