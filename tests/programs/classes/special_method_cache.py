# Operator special methods are looked up through a cache (class, name, type epoch): every
# way the answer can change mid-loop must give CPython's result.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    pass


def mix(n):
    a, b = V(1), W(2)
    out = []
    for i in range(n):
        if i == 3:
            V.__add__ = lambda s, o: V(s.x * 100 + o.x)
        if i == 5:
            W.__sub__ = lambda s, o: "W-sub"
        if i == 7:
            del V.__mul__
        r = [a + b, b - a, a - b]
        try:
            r.append(a * 2)
        except TypeError as e:
            r.append(str(e))
        r.append(a == V(1))
        r.append(a < b)
        r.append(b < a)
        out.append(r)
    return out


for row in mix(9):
    print(row)

# An instance attribute named like a special method is not used by the operator.
v = V(5)
v.__add__ = lambda o: "instance attr"
print(v + V(1), v.__add__(V(1)))

# Many classes through one site (more than the cache holds).
classes = [type("C%d" % i, (V,), {}) for i in range(80)]
total = 0
for k in range(3):
    for c in classes:
        total += (c(k) + c(1)).x
print(total)

# Reflected methods and NotImplemented.


class R:
    def __radd__(self, o):
        return "radd %r" % (o,)

    def __add__(self, o):
        return NotImplemented


print([1 + R(), R() + 2 if False else None])
try:
    R() + R()
except TypeError as e:
    print(e)
