# dataclasses: generated __init__/__repr__/__eq__, defaults and factories, order, frozen,
# inheritance, __post_init__, fields/asdict/astuple/replace, match on __match_args__.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Key:
    name: str
    n: int = 1


@dataclass
class Point3(Point):
    z: int = 5

    def __post_init__(self):
        self.norm = abs(self.x) + abs(self.y) + abs(self.z)


@dataclass
class Box:
    items: list = field(default_factory=list)
    label: str = field(default="box", repr=False)
    count: int = field(default=0, init=False)


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.y, Point.__match_args__)
print(repr(Point(x=-1, y=[1])), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
v = [Version(1, 2), Version(1), Version(0, 9, ["x"]), Version(1, 2, ["y"])]
print(sorted(v), v[0] == v[3], v[0] < v[1], max(v))
k = Key("a")
print(k, hash(k) == hash(Key("a")), {k: 1}[Key("a")], k == Key("a", 1))
try:
    k.n = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
q = Point3(1, -2)
print(q, q.norm, [f.name for f in fields(q)], asdict(q), astuple(q))
print(replace(q, z=0), replace(p, y=9), p)
b1, b2 = Box(), Box()
b1.items.append(1)
print(b1, b2, b1.label, b1.count, Box([3], "x"))
print(asdict(Box([Point(1, 2)])), astuple(Box([Point(1, 2)])))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x at %d" % x
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case _:
            return "elsewhere"


print([where(Point(a, b)) for a, b in [(0, 0), (3, 0), (2, 2), (1, 5)]])
total = 0
for i in range(3000):
    pt = Point(i, i % 7)
    total += pt.x * pt.y + (pt == Point(i, 0))
print(total)
for bad in ("x: list = []", "y: int = 1\n    z: int"):
    try:
        exec("@dataclass\nclass Bad:\n    " + bad, {"dataclass": dataclass})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    replace(b1, count=3)
except ValueError as e:
    print("ValueError", e)
