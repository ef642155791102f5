# Arithmetic dunders, reflected, in-place, unary, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        print("  (radd)")
        return self + o

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(a + 1, 1 + a)
print(b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))
print(sum([a, b]))          # starts with 0 + a -> radd
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __repr__(self):
        return f"Acc{self.items}"


acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc, acc is ref)

v = Vec(1, 1)
w = v
v += Vec(1, 1)     # no __iadd__: falls back to __add__, rebinding v
print(v, w, v is w)
v *= 2
print(v)
v -= Vec(1, 1)
print(v)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))

    __radd__ = __add__

    def __lt__(self, o):
        return self.cents < o.cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(sum([Money(150), Money(275), Money(5)]))
print(sorted([Money(3), Money(1), Money(2)]))
print(max(Money(10), Money(99)))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)


print([10, 20, 30, 40][Num(2)], int(Num(7)), float(Num(3)), hex(Num(255)), "abc"[Num(1)])
print(list(range(Num(3))))


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __repr__(self):
        return bin(self.v)


print(Bits(12) & Bits(10), Bits(12) | Bits(10), Bits(12) ^ Bits(10), Bits(3) << 2, Bits(8) >> 1)


class RSubOnly:
    def __rsub__(self, o):
        return f"rsub({o})"

    def __rtruediv__(self, o):
        return f"rtruediv({o})"


print(10 - RSubOnly(), 2.5 / RSubOnly())


# subclass reflected operand takes priority
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Sub(Base):
    def __add__(self, o):
        return "Sub.__add__"

    def __radd__(self, o):
        return "Sub.__radd__"


print(Base() + Sub(), Sub() + Base(), Base() + Base())
