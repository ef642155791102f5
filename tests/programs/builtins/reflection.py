# getattr/setattr/hasattr/delattr/callable/vars/id/issubclass/isinstance/type.
class Obj:
    cls_attr = "c"

    def method(self):
        return "m"


o = Obj()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "y", None), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o))
setattr(Obj, "added", 5)
print(o.added, Obj.added)
delattr(Obj, "added")
print(hasattr(o, "added"))
for bad in [lambda: getattr(o, 5), lambda: setattr(o, 1, 2), lambda: hasattr(o, None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "nope", "dflt"), hasattr("s", "join"))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(callable(print), callable(Obj), callable(o), callable(o.method), callable(lambda: 0),
      callable("str"), callable(str.upper), callable([].append))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)),
      isinstance("s", (list, tuple)), isinstance([], list), isinstance(o, Obj))
print(issubclass(bool, int), issubclass(Obj, object), issubclass(Obj, (str, Obj)),
      issubclass(KeyError, (LookupError, TypeError)))
try:
    issubclass(o, Obj)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(o, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(o) is Obj, type(Obj), type(len), type(o.method).__name__, type(None).__name__)
print(type(1), type("a"), type([]), type({}), type(()), type(set()), type(1.5), type(True))
print(type(Obj.method).__name__, type(print).__name__)
print(repr(Obj)[:15], str(int), str(Exception))
