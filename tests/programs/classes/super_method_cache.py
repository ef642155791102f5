# `super().name(...)` goes through an inline cache; rebinding, deeper hierarchies, diamonds
# and non-function attributes must all give CPython's answers.


class A:
    def __init__(self, v):
        self.v = v

    def f(self, k):
        return ("A.f", self.v, k)

    @staticmethod
    def s(k):
        return ("A.s", k)

    @classmethod
    def c(cls, k):
        return ("A.c", cls.__name__, k)

    label = "A-label"


class B(A):
    def __init__(self, v):
        super().__init__(v * 10)

    def f(self, k):
        return ("B.f",) + super().f(k)

    def g(self, k):
        return [super().s(k), super().c(k), super().label]


class C(B):
    def f(self, k):
        return ("C.f",) + super().f(k)


def run(objs, n):
    out = []
    for i in range(n):
        if i == 4:
            A.f = lambda self, k: ("new A.f", k)
        if i == 6:
            B.f = lambda self, k: ("new B.f",) + super(B, self).f(k)
        o = objs[i % len(objs)]
        out.append(o.f(i))
    return out


for r in run([B(1), C(2), B(3)], 9):
    print(r)
print(C(5).g(7))


class X:
    def who(self):
        return ["X"]


class Y(X):
    def who(self):
        return ["Y"] + super().who()


class Z(X):
    def who(self):
        return ["Z"] + super().who()


class D(Y, Z):
    def who(self):
        return ["D"] + super().who()


print([D().who() for _ in range(3)], [Y().who() for _ in range(2)])


class E(A):
    def f(self, k):
        return super().missing(k)


try:
    for i in range(3):
        E(1).f(i)
except AttributeError as e:
    print(e)
