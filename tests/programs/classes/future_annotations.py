# from __future__ import annotations: annotations are kept as strings, never evaluated.
from __future__ import annotations
def f(x: int, y: "str" = "a", *args: int, z: float = 1.0, **kw: dict) -> list[int]:
    return [x]
print(f(1))
count: int = 0
names: list[str]
class P:
    x: int
    y: int = 5
    z: "P | None" = None
    def m(self) -> P:
        return self
print(P.y, P().m().y, hasattr(P, "x"))
print(f.__annotations__ if hasattr(f, "__annotations__") else "no annotations")
print(P.__annotations__ if hasattr(P, "__annotations__") else "none")
