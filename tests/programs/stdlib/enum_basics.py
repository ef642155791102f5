# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, with CPython 3.11's printing and errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


def show(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), "%s" % Color.GREEN)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color), repr(Color), Color)
print(Color(2), Color["BLUE"], Color(Color.RED), Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), "CRIMSON" in Color.__members__)
print(type(Color.RED), type(Color), isinstance(Color.RED, Color), isinstance(Color, enum.EnumMeta))
print(list(reversed(Color)), [c.name for c in Color], sorted(Color, key=lambda c: -c.value))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], hash(Color.RED) == hash(Color.CRIMSON))
print(Color._member_names_, Color._value2member_map_)
show("Color(7)", lambda: Color(7))
show("Color['PINK']", lambda: Color["PINK"])
show("Color.PINK", lambda: Color.PINK)
show("<", lambda: Color.RED < Color.BLUE)
show("in", lambda: 1 in list(Color))


def reassign():
    Color.RED = 5


def set_value():
    Color.RED.value = 3


def delete():
    del Color.RED


show("reassign", reassign)
show("set value", set_value)
show("delete", delete)


def extend():
    class More(Color):
        PINK = 4


show("extend", extend)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    HEXAGON = auto()

    def describe(self):
        return "%s has value %d" % (self.name.lower(), self.value)

    @property
    def double(self):
        return self.value * 2

    @classmethod
    def default(cls):
        return cls.CIRCLE


print(list(Shape), Shape.HEXAGON.describe(), Shape.TRIANGLE.double, Shape.default())


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e23, 2.4397e6)), Planet.MERCURY.radius)


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Coin("penny"), Coin(5))
show("Coin(3)", lambda: Coin(3))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(Lower.NORTH.value, Lower("south"))


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", Num.ONE + 1, Num.ONE == 1, Num.ONE < Num.TWO)
print(format(Num.TWO, "03d"), Num.THREE * 2, sorted([Num.THREE, Num.ONE]), Num(2), [10, 20, 30][Num.ONE])
print(Num.TWO // 2, -Num.TWO, int(Num.THREE), {1: "a"}[Num.ONE], max(Num), Num.ONE | 4)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), repr(~Perm.R), repr(Perm(7)))
print(Perm.R in (Perm.R | Perm.W), Perm.X in Perm.RW, list(Perm.R | Perm.X), bool(Perm(0)), repr(Perm))
print(list(Perm), Perm.RW, Perm(6) is Perm.RW, (Perm.R | Perm.W) & Perm.W, Perm.R ^ Perm.RW, len(Perm.RW))


class Access(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


print([m.value for m in Access], Access.READ | Access.EXEC, Access(3))


class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(repr(P2.A | P2.B), str(P2.A | P2.B), P2.A | 8, repr(P2.A | 8), P2.B == 2, P2.C + 1, repr(~P2.A))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.READ), f"{Mode.WRITE}", Mode.READ == "read", Mode("w"), Mode.READ.upper())


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


def duplicates():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


show("unique", duplicates)

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
Pets = Enum("Pets", [("DOG", "d"), ("CAT", "c")])
print(list(Pets), Pets("c"))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self):
        return self.value.title()


print(Status.ACTIVE, f"{Status.INACTIVE}", repr(Status.ACTIVE))
match Status("active"):
    case Status.ACTIVE:
        print("matched active")
    case _:
        print("other")
counts = {}
for c in [Color.RED, Color.GREEN, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
