# getattr(obj, name, default) and hasattr on every kind of miss and hit.
class Plain:
    cls_attr = 1

    def method(self):
        return 2


class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)


class Prop:
    @property
    def missing(self):
        raise AttributeError("computed")

    @property
    def there(self):
        return 5


class Slotted:
    __slots__ = ("a",)


class Sub(Plain):
    pass


class Err(Exception):
    pass


p, s = Plain(), Sub()
p.inst = 3
for obj in (p, s, Dyn(), Prop(), Slotted(), Err("e"), 5, "str", [1], Plain):
    print(type(obj).__name__,
          getattr(obj, "inst", "d"), getattr(obj, "cls_attr", "d"), getattr(obj, "nope", "d"),
          getattr(obj, "xyz", "d"), getattr(obj, "missing", "d"), getattr(obj, "there", "d"),
          getattr(obj, "a", "d"), getattr(obj, "args", "d"),
          hasattr(obj, "nope"), hasattr(obj, "cls_attr"), hasattr(obj, "xa"), hasattr(obj, "method"))
Plain.nope = "added later"
print(getattr(p, "nope", "d"), getattr(s, "nope", "d"), hasattr(s, "nope"))
del Plain.nope
print(getattr(p, "nope", "d"), hasattr(s, "nope"))
sl = Slotted()
sl.a = 1
print(getattr(sl, "a", "d"), hasattr(sl, "a"))
t = 0
for i in range(3000):
    if getattr(p, "never", None) is None and not hasattr(s, "never"):
        t += 1
print(t)
try:
    getattr(p, "nope")
except AttributeError as e:
    print(e)
