# Calls through a class object (`Cls.helper(...)`) use an inline cache; every way it can
# go stale mid-loop must give CPython's answer.


class Base:
    @staticmethod
    def pick(a, b):
        return a if a > b else b

    def plain(x):
        return x * 2

    @classmethod
    def named(cls, x):
        return cls.__name__ + str(x)


class Child(Base):
    pass


def run(cls, n):
    total = 0
    for i in range(n):
        total += cls.pick(i, 5)
        total += cls.plain(i)
    return total


print(run(Base, 50), run(Child, 50))

# Rebinding the static method on the base mid-loop.
out = []
for i in range(8):
    if i == 4:
        Base.pick = staticmethod(lambda a, b: a - b)
    out.append(Child.pick(i, 1))
print(out)

# An override in the subclass shadows the cached base entry.
out = []
for i in range(6):
    if i == 3:
        Child.pick = staticmethod(lambda a, b: 100 + a)
    out.append(Child.pick(i, 0))
print(out)

# A plain function replaced by a classmethod, then deleted.
out = []
for i in range(6):
    if i == 2:
        Base.plain = classmethod(lambda cls, x: cls.__name__ + "!" + str(x))
    if i == 4:
        del Base.plain
    try:
        out.append(Child.plain(i))
    except AttributeError as e:
        out.append(str(e))
print(out)

# Classmethods through the class and an instance.
print([Child.named(i) for i in range(3)], Base().named(7))

# Two classes alternating at one call site.
classes = [Base, Child] * 5
print([c.pick(3, 4) for c in classes])


class Other:
    @staticmethod
    def pick(a, b):
        return -1


print([c.pick(1, 2) for c in [Base, Other, Child, Other]])
print(Base.pick(1, 2) if hasattr(Base, "pick") else None)
Base.pick(1)
