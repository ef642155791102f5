# `attr.base` checks the instance's class version, the type epoch and its dict's slot
# count in machine code, and leaves everything else to the helper: mid-loop, an instance's
# `__class__` is reassigned, an attribute is deleted (a hole) and set again (a new slot),
# an instance of a subclass and of an unrelated class with the same attribute names come
# by, a class attribute is set (the epoch), an instance's `__dict__` is written directly.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class W(V):
    pass


class U:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Odd:
    def __init__(self, x, y, z):
        self.z = z
        self.y = y
        self.x = x


def norm2(vs):
    s = 0.0
    for v in vs:
        s += v.x * v.x + v.y * v.y + v.z * v.z
    return s


def step(vs, dt):
    for v in vs:
        v.x += v.y * dt
        v.y -= v.z * dt
        v.z += 1.0
    return norm2(vs)


vs = [V(float(i), i * 0.5, 1.0) for i in range(500)]
print(round(norm2(vs), 6))
print(round(step(vs, 0.01), 6))

# A reassigned class, a hole and a new slot, another class and a subclass.
vs[100].__class__ = W
del vs[200].y
vs[200].y = 7.0
vs[300] = U(1.0, 2.0, 3.0)
vs[310] = W(4.0, 5.0, 6.0)
vs[320] = Odd(4.0, 5.0, 6.0)
print(round(norm2(vs), 6))
print(round(step(vs, 0.02), 6))

# The type epoch changes while the loop runs: a class attribute set from a method.


class T(V):
    def bump(self):
        T.k = self.x


ts = [T(float(i), 1.0, 2.0) for i in range(400)]


def bumps(ts):
    s = 0.0
    for i, t in enumerate(ts):
        s += t.x + t.y
        if i % 97 == 0:
            t.bump()
    return s


print(bumps(ts), T.k)

# An attribute written through `__dict__`, one deleted for good (the read then raises).
vs[50].__dict__["z"] = 9.5
print(round(norm2(vs), 6))
del vs[400].z
try:
    norm2(vs)
except AttributeError as e:
    print("AttributeError", e)
