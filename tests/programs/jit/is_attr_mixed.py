# `is`/`is not`/`==`/truthiness on values whose type changes between iterations: the
# trace is recorded for one type and the others must leave it (or run a side trace).
class A:
    def __init__(self, h):
        self.help = h

    def get(self):
        return self.help


def mixed(i):
    k = i % 5
    if k == 0:
        return None
    if k == 1:
        return "s"
    if k == 2:
        return 0
    if k == 3:
        return True
    return i


def attr_is_none(xs):
    out = []
    for a in xs:
        if a.help is None:
            out.append("none")
        else:
            out.append("some")
    return out


def attr_is_not_none(xs):
    n = 0
    for a in xs:
        if a.help is not None:
            n += 1
    return n


def attr_unused(xs):
    # The attribute is read only for its identity: nothing else uses the value.
    n = 0
    for a in xs:
        if a.help is True:
            n += 1
        if a.help is False:
            n += 10
    return n


def local_is(vals):
    c = [0, 0, 0, 0]
    for v in vals:
        if v is None:
            c[0] += 1
        if v is not None:
            c[1] += 1
        if v is True:
            c[2] += 1
        if v is not False:
            c[3] += 1
    return c


def item_is(vals):
    c = 0
    i = 0
    while i < len(vals):
        if vals[i] is None:
            c += 1
        elif vals[i] is True:
            c += 100
        i += 1
    return c


def call_is(xs):
    c = 0
    for a in xs:
        if a.get() is None:
            c += 1
        if mixed(c) is not None:
            c += 1000
    return c


def eq_none(vals):
    c = [0, 0]
    for v in vals:
        if v == None:  # noqa: E711
            c[0] += 1
        if v != None:  # noqa: E711
            c[1] += 1
    return c


def truthy(vals):
    t = 0
    f = 0
    i = 0
    while i < len(vals):
        if vals[i]:
            t += 1
        else:
            f += 1
        i += 1
    return t, f


def attr_truthy(xs):
    n = 0
    for a in xs:
        if a.help:
            n += 1
        if not a.help:
            n += 100
    return n


def instances_is(xs, target):
    n = 0
    for a in xs:
        if a is target:
            n += 1
        if a.help is target.help:
            n += 10
    return n


runs = [
    [None] * 50 + ["x"] * 50,
    ["x"] * 50 + [None] * 50,
    [mixed(i) for i in range(200)],
    [None if i % 3 else "s" for i in range(300)],
    [True if i % 7 else False for i in range(300)],
    [None if i % 50 else 1 for i in range(300)],
]
for vals in runs:
    xs = [A(v) for v in vals]
    print(attr_is_none(xs).count("none"), attr_is_not_none(xs), attr_unused(xs))
    print(attr_is_not_none(xs), attr_is_not_none(xs))
    print(local_is(vals), item_is(vals), call_is(xs))
    print(eq_none(vals), truthy(vals), attr_truthy(xs))
    print(instances_is(xs, xs[len(xs) // 2]), instances_is(xs, A(None)))
print(attr_is_none([A(None), A(None), A("x"), A(None), A("y")]))
