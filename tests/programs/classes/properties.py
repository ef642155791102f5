# @property getter/setter/deleter, property() call form, read-only properties.
class Circle:
    def __init__(self, r):
        self._r = r
        self.log = []

    @property
    def radius(self):
        self.log.append("get")
        return self._r

    @radius.setter
    def radius(self, value):
        self.log.append("set")
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    @radius.deleter
    def radius(self):
        self.log.append("del")
        self._r = 0

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(c.radius)
print(c.log)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__, isinstance(Circle.area, property))


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    def get_full(self):
        return self.first + " " + self.last

    def set_full(self, v):
        self.first, self.last = v.split(" ")

    full = property(get_full, set_full)


p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Hopper"
print(p.first, p.last, p.full)


# property inherited and overridden
class Base:
    @property
    def value(self):
        return 1


class Derived(Base):
    @property
    def value(self):
        return super().value + 10


print(Base().value, Derived().value)


# property shadows instance dict
class Shadow:
    @property
    def x(self):
        return "property"


s = Shadow()
s.__dict__["x"] = "instance"
print(s.x)
