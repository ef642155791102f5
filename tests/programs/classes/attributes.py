# Instance and class attributes, shared vs shadowed, __dict__, vars().
class Counter:
    count = 0          # class attribute shared by all instances
    tags = []          # mutable class attribute: shared!

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add_tag(self, t):
        self.tags.append(t)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100          # shadows the class attribute on a only
print(Counter.count, a.count, b.count)
del a.count            # unshadow
print(a.count)
a.add_tag("x")
b.add_tag("y")
print(a.tags, b.tags, Counter.tags is a.tags)
print(a.__dict__)
print(vars(b))
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))
a.extra = 42
print(a.__dict__, "extra" in vars(a))
vars(a)["direct"] = 7
print(a.direct)
print(hasattr(a, "extra"), hasattr(a, "nope"), hasattr(Counter, "add_tag"))
print(getattr(a, "name"), getattr(a, "missing", "default"))
setattr(b, "name", "bee")
print(b.name)
delattr(b, "name")
print(hasattr(b, "name"))
try:
    b.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "name")
except AttributeError as e:
    print("AttributeError:", e)
Counter.count = 0
print(a.count, b.count)
Counter.new_class_attr = "late"
print(a.new_class_attr)
print(a.__class__ is Counter, type(a) is Counter, a.__class__.__name__)
print(Counter.__name__, Counter.__qualname__, Counter.__module__)


class Outer:
    class Inner:
        def method(self):
            pass

    def f(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.f.__qualname__)
print(Outer().f().__qualname__)
print(Outer.f.__name__)
