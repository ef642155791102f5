# More special methods: __round__, __trunc__, __reversed__, __divmod__, __bool__ errors,
# __getattr__ after a property raises AttributeError, __eq__ in list methods,
# user iterables fed to builtins, descriptors, object.__setattr__ via super().
import math


class R:
    def __round__(self, n=None):
        return ("round", n)

    def __trunc__(self):
        return 7

    def __reversed__(self):
        return iter([3, 2, 1])

    def __divmod__(self, o):
        return ("divmod", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)


print(round(R()), round(R(), 2), list(reversed(R())), divmod(R(), 5), divmod(5, R()))
print(math.trunc(R()))


class G:
    @property
    def x(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(G().x, G().y)


class B:
    def __bool__(self):
        return 1


try:
    bool(B())
except TypeError as e:
    print("TypeError:", e)
try:
    if B():
        pass
except TypeError as e:
    print("TypeError:", e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Eq) and o.v == self.v

    def __repr__(self):
        return f"Eq({self.v})"


lst = [Eq(1), Eq(2), Eq(3), Eq(2)]
print(lst.index(Eq(2)), lst.count(Eq(2)), Eq(3) in lst, Eq(9) in lst)
lst.remove(Eq(2))
print(lst, [Eq(1), Eq(3), Eq(2)] == lst, (Eq(1),) == (Eq(1),), {"k": Eq(1)} == {"k": Eq(1)})


class It:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * 10


print(list(zip(It(3), It(2))), sum(It(4)), list(enumerate(It(2))), max(It(3)), min(It(3)))
print(sorted(It(3), reverse=True), dict(zip(It(2), "ab")), 10 in It(3), tuple(map(str, It(2))))
print(any(It(2)), all(It(2)), list(filter(None, It(3))), " ".join(map(str, It(3))))
print(set(It(3)) == {0, 10, 20}, frozenset(It(2)) == frozenset([0, 10]), list(reversed(list(It(3)))))


class Desc:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)


class UsesDesc:
    d = Desc()


print(UsesDesc.d, UsesDesc().d)


class Tracked:
    def __setattr__(self, name, value):
        print("  set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)


t = Tracked()
t.a = 1
t.a += 1
del t.a
print(vars(t))


class Chain:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)

        def method(*args):
            self.calls.append((name, args))
            return self
        return method


c = Chain().select("a", "b").where(x=1) if False else Chain().select("a", "b").limit(3)
print(c.calls, hasattr(c, "_private"))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"C{self.v}"


print(min(Cmp(3), Cmp(1)), max([Cmp(2), Cmp(5)]), sorted([Cmp(2), Cmp(1), Cmp(3)]))
print(sorted([Cmp(2), Cmp(1)], key=lambda c: -c.v), max(Cmp(1), Cmp(1)))
