# Argument unpacking at call sites: a keyword given twice through `**` (or twice through two
# mappings), a `**` operand that is no mapping, a `*` operand that is no iterable, and the
# binder's order of checks (an unknown keyword is reported before too many positionals;
# positional-only parameters passed by keyword).


def f(b=0, **kw):
    return b, kw


def g(a, /, b):
    return a, b


def h(a, b=1, *, c):
    return a, b, c


class C:
    def m(self, b=0):
        return b

    def __init__(self, b=0):
        self.b = b


class Mapping:
    def keys(self):
        return ["b", "x"]

    def __getitem__(self, k):
        return k * 2


def iterate_fails():
    raise TypeError("'int' object is not iterable")
    yield


def check(src):
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)


for src in [
    "f(b=6, **{'b': 3})",
    "f(**{'b': 3}, b=6)",
    "f(**{'b': 3}, **{'b': 4})",
    "f(**{'x': 3}, **{'y': 4}, z=5)",
    "f(**{1: 3})",
    "f(**3)",
    "f(**Mapping())",
    "f(b=1, **Mapping())",
    "C().m(b=1, **{'b': 2})",
    "C(b=1, **{'b': 2})",
    "C(**{'b': 7}).b",
    "len(x=1, **{'x': 2})",
    "print(1, **{'sep': 2}, sep='')",
    "(lambda b: b)(b=1, **{'b': 2})",
    "f(*[1], **{'c': 1}, c=2)",
    "f(*(5,), **{'c': 1})",
    "f(*3)",
    "f(*None, **{})",
    "print(*1)",
    "f(1, *3)",
    "f(*3, 1)",
    "[*3]",
    "(*3,)",
    "f(*iterate_fails())",
    "g(a=1, b=2)",
    "g(1, a=1, b=2)",
    "g(1, 2, 3)",
    "g(1, 2, b=3)",
    "g(1, 2, 3, z=4)",
    "h(1, 2, 3, c=4)",
    "h(1, 2, 3, d=4)",
    "h(1, 2, 3)",
    "h(1)",
    "h(c=1)",
]:
    check(src)
