# The % operator: argument bookkeeping (tuples, mappings, '*'), conversions of instances
# through __int__/__index__/__float__, and CPython's exact errors.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Idx:
    def __index__(self):
        return 65


class Flt:
    def __float__(self):
        return 2.5


class Conv:
    def __int__(self):
        return 42


class Bag:
    def __getitem__(self, key):
        return key * 2


cases = [
    ("%d", 3.99), ("%i|%u", (-3.5, 4)), ("%x", Idx()), ("%o", Idx()), ("%c", Idx()), ("%d", Conv()),
    ("%x", Conv()), ("%f", Flt()), ("%e", Idx()), ("%d", Flt()), ("%d", "7"), ("%x", 1.5), ("%f", "x"),
    ("%c", "é"), ("%c", "ab"), ("%c", 1114112), ("%c", 65.0), ("%c", 2 ** 70),
    ("%5.2f", 2.675), ("%.0f|%.0f|%.0f", (0.5, 1.5, 2.5)), ("%#.0f", 2.0), ("%#x|%#X|%#o", (255, 255, 8)),
    ("%+05d|% 5d|%-6d|", (42, 42, -42)), ("%.3d|%08.3f", (-5, -3.14159)), ("%X", 2 ** 70), ("%d", 2 ** 100),
    ("%.2f", 2 ** 70), ("%f", 10 ** 400), ("%g|%G", (1e-5, 1e20)), ("%10.3e|%-10.2g|", (12345.678, 0.000123)),
    ("%s|%r|%a", ("é", "é", "é")), ("%.2s|%5.1r", ("abcdef", "xyz")), ("%s", (1, 2)), ("%s", ((1, 2),)),
    ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", ()), ("abc", []), ("abc", {"a": 1}),
    ("%(a)s-%(b)05.1f", {"a": 1, "b": 2.25}), ("%(a)s %s", {"a": 1}), ("%(a)s", 5), ("%(k)s|%(0)s", Bag()),
    ("%(x", {}), ("%(a)s", [1]), ("%*d|%-*d|", (5, 3, 4, 2)), ("%*d|", (-5, 3)), ("%.*f", (2, 3.14159)),
    ("%.*f", (-3, 1.5)), ("%*d", ("a", 1)), ("%*d", (2 ** 70, 1)), ("%y", 1), ("%y", ()), ("%5%", ()),
    ("100%%", ()), ("a%", 1), ("%", ()), ("%d %y", ("a", 1)), ("%\u00e9", 1), ("%s %d", ("x", True)),
    ("%s", None), ("%r", [1, "a"]), ("%-4c|%4c", ("a", 98)),
]
for fmt, args in cases:
    show(fmt, args)
