# __repr__ and __str__ in print, str(), repr(), f-strings, containers, format().
class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"OnlyRepr({self.v!r})"


class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class OnlyStr:
    def __str__(self):
        return "just str"


class Plain:
    pass


r = OnlyRepr("x")
b = Both()
s = OnlyStr()
print(r, str(r), repr(r))
print(b, str(b), repr(b))
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print([r, b], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s:>20}|")
print("%s and %r" % (b, b))
print("{} {!r}".format(b, b))
print(format(b), format(r, ""))
print(Plain())
print([Plain()])


class Format:
    def __format__(self, spec):
        return f"Format[{spec}]"


print(f"{Format():xyz}", format(Format(), ">5"), "{:abc}".format(Format()))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return f"N{self.children}"


print(Nested([Nested([]), Nested([Nested([])])]))
