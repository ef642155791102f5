# Annotations: function/class/module __annotations__, dataclass-like field introspection.
def f(x: int, y: "str" = "a", *args: int, z: float = 1.0, **kw: dict) -> list:
    return [x]
print(f(1), f.__annotations__)
def g(): pass
print(g.__annotations__)
count: int = 0
names: list
print(__annotations__, count)
class P:
    x: int
    y: int = 5
    z: "P" = None
    def m(self) -> "P":
        return self
class Q(P):
    pass
print(P.y, P().m().y, hasattr(P, "x"), P.__annotations__, Q.__annotations__)
if True:
    w: str = "w"
print(sorted(__annotations__))
class Record:
    name: str
    qty: int = 0
    price: float = 0.0
    def __init__(self, **kw):
        for field, typ in type(self).__annotations__.items():
            setattr(self, field, typ(kw.get(field, getattr(type(self), field, typ()))))
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in type(self).__annotations__) + ")"
print(Record(name="bolt", qty="3"), Record(name="nut", price=2))
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    print("SyntaxError")
