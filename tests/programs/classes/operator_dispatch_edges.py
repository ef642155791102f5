# Operator dispatch corners found by tests/fuzz/dunders.py: `!=` through the other operand's
# `__eq__` (object.__ne__ on the reflected side), a subclass' comparison tried first, the
# augmented operators' TypeError messages, `@` on mixed numbers, `__len__` results that do not
# fit or are negative (also through list()/tuple()'s length hint), and `list += x` trying
# `x.__radd__` first.


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return "A.eq"

    def __repr__(self):
        return "A(%r)" % self.v


class B:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "B(%r)" % self.v


class Base:
    def __lt__(self, other):
        return "Base.lt"

    def __gt__(self, other):
        return "Base.gt"


class Derived(Base):
    def __gt__(self, other):
        return "Derived.gt"


class NotImpl:
    def __ne__(self, other):
        return NotImplemented

    def __eq__(self, other):
        return True


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter([1, 2])


class RAdd:
    def __radd__(self, other):
        return ("radd", other)

    def __iter__(self):
        return iter([7])


class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i


def i_pow(z, y):
    z **= y
    return z


def i_matmul(z, y):
    z @= y
    return z


def i_mul(z, y):
    z *= y
    return z


def i_add(z, y):
    z += y
    return z


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: B(0) != A(2))
check(lambda: A(2) != B(0))
check(lambda: "s" != A(1))
check(lambda: A(1) != "s")
check(lambda: B(1) != B(1))
check(lambda: NotImpl() != NotImpl())
check(lambda: NotImpl() != A(1))
check(lambda: Base() < Derived())
check(lambda: Derived() > Base())
check(lambda: Base() > Base())
check(lambda: i_pow(None, [1]))
check(lambda: i_pow(A(1), 5))
check(lambda: i_matmul(5, 5))
check(lambda: i_matmul(2.5, 1.5))
check(lambda: i_mul(B(0), "s"))
check(lambda: i_mul(2.5, "s"))
check(lambda: i_mul(3, "ab"))
check(lambda: B(0) * "s")
check(lambda: 2.5 @ 5)
check(lambda: 5 @ 2.5)
check(lambda: 5 @ 5)
for n in [2, 0, -1, 2**70, -2**70]:
    check(lambda: bool(Len(n)))
    check(lambda: len(Len(n)))
    check(lambda: list(Len(n)))
    check(lambda: tuple(Len(n)))
check(lambda: i_add([1], RAdd()))
check(lambda: i_add([1], Seq()))
check(lambda: [1] + RAdd())
check(lambda: i_add((1,), RAdd()))
