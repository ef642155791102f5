# A loop over instances of several subclasses calling a method they all inherit, and
# reading attributes they all have: guard.method and attr.base accept the other classes
# (the same inherited function, plain dict attributes) instead of exiting. Then the guards
# must still fail where the answer differs.


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def grow(self):
        self.w = self.w + 1


class Rect(Shape):
    pass


class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)


class Tall(Shape):
    pass


def total(shapes, n):
    t = 0
    for _ in range(n):
        for s in shapes:
            t += s.area() + s.w
    return t


shapes = [Rect(2, 3), Square(4), Tall(1, 7), Rect(5, 1)]
print("plain", total(shapes, 300))


# A fifth class that overrides the method appears late: its guard fails.
class Circle(Shape):
    def area(self):
        return 3 * self.w * self.w


def late_override(n):
    shapes = [Rect(2, 3), Square(4), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 2:
            shapes.append(Circle(2, 2))
        for s in shapes:
            t += s.area()
    return t


print("late override", late_override(400))


# A class with a property of the attribute's name: attr.base must not hand out its dict.
# Its instances still have `h` in their dict, at the same index: the property wins.
class Lazy(Shape):
    def __init__(self, w, h):
        self.w = w
        self.__dict__["h"] = h

    @property
    def h(self):
        return 100


def with_property(n):
    shapes = [Rect(2, 3), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 2:
            lz = Lazy(1, 1)
            shapes.append(lz)
        for s in shapes:
            t += s.area()
    return t


print("property", with_property(400))


# A class with __getattribute__ of its own.
class Loud(Shape):
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if name == "w":
            return v * 10
        return v


def with_getattribute(n):
    shapes = [Rect(2, 3), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 2:
            shapes.append(Loud(1, 2))
        for s in shapes:
            t += s.area() + s.w
    return t


print("getattribute", with_getattribute(400))


# A class with __setattr__ of its own: the store through the inherited grow() must call it.
class Counted(Shape):
    stores = 0

    def __setattr__(self, name, v):
        Counted.stores = Counted.stores + 1
        object.__setattr__(self, name, v)


def with_setattr(n):
    shapes = [Rect(2, 3), Tall(1, 7)]
    for i in range(n):
        if i == n // 2:
            shapes.append(Counted(1, 2))
        for s in shapes:
            s.grow()
    return [s.w for s in shapes], Counted.stores


print("setattr", with_setattr(400))


# The method is rebound on the base class mid-loop (every class changes: a new type epoch).
def rebind(n):
    shapes = [Rect(2, 3), Square(4), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 2:
            Shape.area = lambda self: self.w + self.h
        for s in shapes:
            t += s.area()
    Shape.area = lambda self: self.w * self.h
    return t


print("rebind", rebind(400))


# The method is rebound on one subclass only, and an instance attribute shadows it on one
# object of another.
def rebind_subclass(n):
    shapes = [Rect(2, 3), Square(4), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 3:
            Tall.area = lambda self: -1
        if i == 2 * n // 3:
            shapes[0].area = lambda: 1000
        for s in shapes:
            t += s.area()
    del Tall.area
    return t


print("rebind subclass", rebind_subclass(400))


# Another attribute layout (h stored before w): the attribute's index differs.
class Flipped(Shape):
    def __init__(self, w, h):
        self.h = h
        self.w = w


def flipped(n):
    shapes = [Rect(2, 3), Tall(1, 7)]
    t = 0
    for i in range(n):
        if i == n // 2:
            shapes.append(Flipped(5, 6))
        for s in shapes:
            t += s.area() + s.w
    return t


print("flipped layout", flipped(400))


# An instance without the attribute (a subclass that never sets h).
class Half(Shape):
    def __init__(self, w):
        self.w = w


def missing(n):
    shapes = [Rect(2, 3), Tall(1, 7)]
    t = 0
    try:
        for i in range(n):
            if i == n // 2:
                shapes.append(Half(5))
            for s in shapes:
                t += s.area()
    except AttributeError as e:
        print("missing:", e)
    return t


print("missing", missing(400))
