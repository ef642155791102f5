# Instance attributes read and written in traced loops; the class or an attribute's type
# changes halfway through.


class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.n = 0


class Other:
    def __init__(self):
        self.v = 1.0
        self.x = 2.0
        self.n = 0


def advance(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b.x += b.v * 0.01
            b.n += 1
    return [round(b.x, 9) for b in bodies], [b.n for b in bodies]


def pairs_loop(pairs):
    e = 0.0
    for a, b in pairs:
        dx = a.x - b.x
        a.v -= dx * 0.5
        b.v += dx * 0.25
        e += dx * dx
    return round(e, 9)


def class_attr_added(objs):
    s = 0.0
    for i, o in enumerate(objs):
        pass
    k = 0
    for o in objs:
        s += o.x
        k += 1
        if k == 300:
            Body.extra = 5
    del Body.extra
    return s


def class_property_added(objs):
    s = 0.0
    k = 0
    for o in objs:
        s += o.x
        k += 1
        if k == 300:
            Body.x = property(lambda self: 1000.0)
    del Body.x
    return s


def type_changes(objs):
    s = 0.0
    k = 0
    try:
        for o in objs:
            s += o.v
            k += 1
            if k == 200:
                objs[250].v = 7
            if k == 400:
                objs[450].v = "str"
    except TypeError as e:
        return round(s, 6), str(e)
    return s


def store_type_changes(objs):
    k = 0
    for o in objs:
        o.n = o.n + 1
        k += 1
        if k == 100:
            objs[150].n = 1.5
        if k == 200:
            objs[250].n = "s"
            objs[250].n = 3
    return [o.n for o in objs[95:105]], objs[150].n, objs[250].n


def mixed_classes(objs):
    s = 0.0
    for o in objs:
        s += o.v
    return s


bodies = [Body(float(i), 0.5 * i) for i in range(5)]
print(advance(bodies, 300))
pairs = [(Body(float(i), 1.0), Body(float(i) * 0.5, 2.0)) for i in range(600)]
print(pairs_loop(pairs))
print(pairs_loop(pairs))
objs = [Body(float(i), float(i) / 3) for i in range(600)]
print(class_attr_added(objs))
print(class_property_added(objs))
print(type_changes(objs))
print(store_type_changes(objs))
mixed = [Body(1.0, 1.0) if i < 400 else Other() for i in range(800)]
print(mixed_classes(mixed))


class Mixed:
    def __init__(self, flip):
        if flip:
            self.b = 2.0
            self.a = 1.0
        else:
            self.a = 1.0
            self.b = 2.0


def key_orders(objs):
    s = 0.0
    for o in objs:
        o.a += o.b
        s += o.a
    return s


print(key_orders([Mixed(i % 3 == 0) for i in range(3000)]))
print(key_orders([Mixed(i > 1500) for i in range(3000)]))


class Slots:
    def __init__(self):
        self.x = 1.0


def extra_attrs(objs):
    s = 0.0
    for o in objs:
        s += o.x
    return s


objs = [Slots() for i in range(1000)]
for i in range(0, 1000, 7):
    objs[i].y = 5
print(extra_attrs(objs))
