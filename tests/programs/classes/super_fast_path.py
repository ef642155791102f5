# super() calls built by the call path itself (an instance of a subclass of __class__):
# the super object, chains of super().__init__, the same site reached with
# instances of several subclasses, and the checks that still raise.


class Base:
    def __init__(self, x):
        self.x = x

    def tag(self):
        return "Base"


class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def tag(self):
        return "Mid>" + super().tag()

    def sup(self):
        return super()


class Leaf(Mid):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def tag(self):
        return "Leaf>" + super().tag()


total = 0
for i in range(300):
    o = Leaf(i, i + 1, i + 2) if i % 2 else Mid(i, i + 1)
    total += o.x + o.y + getattr(o, "z", 0)
    t = o.tag()
print(total, t, Leaf(1, 2, 3).tag())

s = Leaf(1, 2, 3).sup()
print(type(s).__name__, s.tag())
print(Mid.sup(Leaf(4, 5, 6)).tag())
for bad in (Base(1), 7, Mid):
    try:
        Mid.sup(bad)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(super(Mid, Leaf(0, 0, 0)).tag(), super(Base, Mid(0, 0)).__init__.__name__)
