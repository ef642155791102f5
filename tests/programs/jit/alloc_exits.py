# Exits while instances the trace never allocated are live: in the locals of a method with
# side effects that the interpreter finishes, nested in another instance's attribute, and
# on the operand stack. The exit makes them with the attributes they have at that point.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction


class Body:
    def __init__(self):
        self.px = 0.0
        self.py = 0.0

    def step(self, i):
        d = V(1.0, 0.5) * 0.25
        self.px = self.px + d.x
        if i % 50 == 0:
            self.py = self.py - 1.0
        self.py = self.py + d.y
        return d


def resumed(n):
    b = Body()
    s = 0.0
    for i in range(1, n):
        d = b.step(i)
        s += d.x
    return s, b.px, b.py


def nested(n):
    o = V(0.0, 1.0)
    s = 0.0
    for i in range(n):
        r = Ray(o + V(i, 0.0), V(1.0, 1.0) * 0.5)
        if i % 9 == 0:
            s += 1.0
        s += r.origin.x + r.direction.y
    return s


def on_stack(n):
    s = 0.0
    for i in range(n):
        s += (V(i, 1.0) + V(1.0, 2.0) * (1.0 if i % 5 else 2.0)).y
    return s


def kept_and_read(n):
    best = V(0.0, 0.0)
    for i in range(n):
        c = V(i % 13, i % 7)
        if c.x > best.x:
            best = c
    return best.x, best.y


class C:
    def __init__(self, v):
        self.v = v
        self.w = 0

    def bump(self, i):
        self.w = i
        if i % 100 == 0:
            self.v = -1
        self.w = self.w + 1


def shared_identity(n):
    # An exit inside `bump` (resumed by the interpreter) while the new instance is both the
    # callee's `self` and the caller's local `c`: one object is made for both.
    s = 0
    last = None
    for i in range(n):
        c = C(i)
        c.bump(i)
        s += c.v + c.w
        if i == n - 1:
            last = c
    return s, last.v, last.w


def broken_out(n):
    for i in range(n):
        c = C(i * 2)
        if i == n - 3:
            break
    return c.v, c.w


print(shared_identity(1000))
print(broken_out(1000))
print(resumed(1200))
print(nested(2000))
print(on_stack(2000))
print(kept_and_read(2000))
