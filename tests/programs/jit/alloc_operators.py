# Operator overloading in traces: __add__/__sub__/__mul__/__truediv__/__neg__ of a user class,
# reflected __rmul__ (number * instance), in-place forms without __iadd__, NotImplemented,
# and a special method redefined on the class halfway through a loop.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y, k * self.z)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


def temporaries(n):
    a = Vec(1.0, 2.0, 3.0)
    b = Vec(0.5, -0.25, 0.125)
    total = 0.0
    for i in range(n):
        total += (a - b * 2.0).dot(-a + 0.5 * b) + (a / 4.0).dot(b)
    return total


def accumulate(n):
    acc = Vec(0.0, 0.0, 0.0)
    d = Vec(1.0, 0.5, 0.25)
    for i in range(n):
        acc = acc + d
        acc += Vec(i, i + 1, 2) * 0.001
        acc -= d * 0.5
    return acc


def int_fields(n):
    p = Vec(1, 2, 3)
    s = 0
    for i in range(n):
        q = p * i + Vec(i, -i, 7)
        s += q.x - q.y + q.z
    return s


def redefined(n):
    a = Vec(1.0, 1.0, 1.0)
    s = 0.0
    for i in range(n):
        s += (a + a).x
        if i == n // 2:
            Vec.__add__ = lambda self, o: Vec(10.0, 0.0, 0.0)
    return s


class Odd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Odd):
            return Odd(self.v + o.v)
        return NotImplemented

    def __radd__(self, o):
        return Odd(self.v + o * 100)


def not_implemented(n):
    a = Odd(1)
    s = 0
    for i in range(n):
        r = a + Odd(i)
        s += r.v
        if i > n - 5:
            try:
                r = a + 1.5
            except TypeError as e:
                print("TypeError:", e)
            r = 2 + a
            s += r.v
    return s


class Neg:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return NotImplemented


def neg_not_implemented(n):
    s = 0
    for i in range(n):
        r = -Neg(i)
        if r is NotImplemented:
            s += 1
    return s


print(temporaries(3000))
print(accumulate(3000))
print(int_fields(3000))
print(redefined(3000))
print(not_implemented(1000))
print(neg_not_implemented(1000))
