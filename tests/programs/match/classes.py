# Class patterns: keyword and positional sub-patterns, __match_args__, self-matching
# builtins, inheritance, and the TypeErrors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"on the z axis at {z}"
        case Point(0, py):
            return f"on the y axis at {py}"
        case Point(x=px, y=0):
            return f"on the x axis at {px}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Plain(a=1):
            return "plain with a=1"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 7), Point3(1, 1, 1), Plain(), 42]:
    print(where(p))


def builtin_kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(0 | 1 as bit):
            return f"bit {bit}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict():
            return "dict"
        case set() | frozenset():
            return "a set"
        case _:
            return "something else"


for v in [True, -3, 0, 1, 7, 2.5, "s", [9, 8], [], (1, 2), {"k": 1}, {}, {1}, frozenset(), None]:
    print(repr(v), "->", builtin_kind(v))

# A missing attribute is no match (not an AttributeError).
match Plain():
    case Plain(b=_):
        print("has b")
    case Plain(a=a):
        print("has a =", a)


class WithProperty:
    __match_args__ = ("value",)

    @property
    def value(self):
        return 99


match WithProperty():
    case WithProperty(v):
        print("property via __match_args__:", v)

# Errors.
tests = [
    ("too many positional", lambda: where_error(Point(1, 2), 1)),
    ("no __match_args__", lambda: where_error(Plain(), 2)),
    ("builtin two positional", lambda: where_error(5, 3)),
    ("not a class", lambda: where_error(5, 4)),
    ("bad __match_args__", lambda: where_error(BadArgs(), 5)),
    ("repeated attribute", lambda: where_error(Point(1, 2), 6)),
]


class BadArgs:
    __match_args__ = ["x"]


def where_error(v, which):
    not_a_class = len
    if which == 1:
        match v:
            case Point(1, 2, 3):
                return "matched"
    elif which == 2:
        match v:
            case Plain(1):
                return "matched"
    elif which == 3:
        match v:
            case int(1, 2):
                return "matched"
    elif which == 4:
        match v:
            case not_a_class():
                return "matched"
    elif which == 5:
        match v:
            case BadArgs(1):
                return "matched"
    elif which == 6:
        match v:
            case Point(1, x=1):
                return "matched"
    return "no match"


for name, f in tests:
    try:
        print(name, f())
    except TypeError as e:
        print(name, "TypeError:", e)
