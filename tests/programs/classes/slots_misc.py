# __slots__ is accepted; object(); class body execution; class-level code.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1(), Point.__slots__)

o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
print(str(o).startswith("<object object at 0x"))


class Body:
    print("executing class body")
    items = [i * i for i in range(4)]
    total = sum(items)
    if total > 10:
        big = True
    else:
        big = False

    def method(self):
        return self.total


print(Body.items, Body.total, Body.big, Body().method())


class Empty:
    pass


e = Empty()
print(type(e).__name__, e.__dict__, Empty.__bases__ == (object,))
e.a = 1
e.b = [1, 2]
print(e.__dict__)
print(str(e).startswith("<__main__.Empty object at 0x"))
print(e)
print(repr(Empty()).startswith("<__main__.Empty object"))
print([Empty.__name__, type(Empty).__name__, type(type).__name__])
print(isinstance(Empty, type), isinstance(e, type))


# class attributes referencing each other
class Config:
    base = 10
    double = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]


print(Config.double, Config.upper)

# id comparisons
x = Empty()
y = x
print(id(x) == id(y), id(x) == id(Empty()), x is y)
