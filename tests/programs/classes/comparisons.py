# Rich comparisons, reflected comparisons, NotImplemented, sorting user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.parts)


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a < b, a <= c, b > a, a >= b)
print(a == "1.2", a != "1.2")
print(sorted([Version("2.0"), b, a, Version("0.9")]))
print(max([a, b, Version("1.3")]), min(b, a))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x)   # y > x uses reflected x.__lt__(y)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
print(x == x, x == OnlyLt(1), x != x)  # default identity equality


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)
print(AlwaysEqual() in [1, 2], 3 in [AlwaysEqual()])
print([1, AlwaysEqual()].index(AlwaysEqual()) if False else [1, 2, 3].count(AlwaysEqual()))


class Weird:
    def __eq__(self, other):
        return "truthy-string"


print(Weird() == 1)
print(bool(Weird() == 1))
print((1, Weird()) == (1, 2))
