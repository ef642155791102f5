# User-defined descriptors (__get__/__set__/__delete__/__set_name__), data vs non-data
# precedence, __getattribute__, and object's slot methods reached through super().
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"  __set_name__({owner.__name__}, {name!r})")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)


class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


p = Product("bolt", 0.25, 8)
print(p.name, p.price, p.qty, p.total(), sorted(vars(p)))
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del p.qty
print(p.qty, sorted(vars(p)))
print(type(Product.price).__name__, Product.price.name)
p.__dict__["price"] = "shadow"    # a data descriptor wins over the instance dict
print(p.price)


class Lazy:
    """Non-data descriptor: computes once, then the instance dict shadows it."""

    def __init__(self, fn):
        self.fn = fn
        self.attr = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.attr}")
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return round(3.14159 * self.r * self.r, 2)


c = Circle(2)
print(c.area, c.area, c.area)
print(type(Circle.area).__name__)


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return (objtype.__name__, obj is not None, self.reads)


class Host:
    counter = Counted()


class SubHost(Host):
    pass


print(Host.counter, Host().counter, SubHost.counter, SubHost().counter)


class Audited:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name not in ("log", "__dict__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"


a = Audited()
print(a.x, a.nothing, a.log)


class Base:
    def __repr__(self):
        return "Base.__repr__ via " + super().__repr__()[:9]

    def __str__(self):
        return "str:" + super().__str__()


class Derived(Base):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = object.__hash__


d = Derived()
print(repr(d), str(d)[:24], d == d, d == Derived(), d.__eq__(5), d != d)
print(object.__repr__(d)[:22], object.__str__(5), object.__eq__(d, d), object.__ne__(d, 1))
print(format(d, ""), d.__format__(""), hash(d) == object.__hash__(d))
try:
    format(d, "x")
except TypeError as e:
    print("TypeError:", e)


class MyError(Exception):
    def __str__(self):
        return "custom: " + super().__str__()

    def __repr__(self):
        return "MyError!" + super().__repr__()


print(str(MyError("a", 1)), repr(MyError("b")))
