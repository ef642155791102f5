# `%`-formatting whose conversions are all bare %d / %i / %s (and %%) with int or str
# arguments (a fast path), next to the cases that must take the general path.

def show(fmt, args):
    try:
        r = fmt % args
        print(repr(r), len(r))
    except Exception as e:
        print(type(e).__name__, e)

for i in (0, 7, -7, 10, 99, 100, -100, 12345678901234, 2**63 - 1, -2**63, 2**63, -2**64, 10**30):
    show("v%d", i)
    show("%i|%s", (i, i))
show("%s and %s", ("abc", ""))
show("%s", "é€😀")
show("%s-%d-%s", ("α", 3, "β"))
show("100%%", ())
show("%%%d%%", 5)
show("%%", ())
show("abc", ())
show("", ())
show("%d%d%d", (1, 2, 3))
show("%s%s", ("a", 1))
show("x%sy", "")
# Errors and other types: the general path.
show("%d", "s")
show("%d %d", (1,))
show("%d", (1, 2))
show("abc", 5)
show("abc%", 5)
show("%", ())
show("%s", ())
show("%d", True)
show("%s", False)
show("%s", 1.5)
show("%d", 2.5)
show("%s", [1, 2])
show("%s", (1,))
show("%s %s", ([1], {2: 3}))
show("%5d|%-3s|", (42, "a"))
show("%x %o %r", (255, 8, "q"))
show("%(a)s", {"a": 1})
show("%c%c", (65, "B"))
class N:
    def __str__(self):
        return "n-str"
    def __index__(self):
        return 9
    def __int__(self):
        return 8
show("%s|%d|%i", (N(), N(), N()))
show("%s", N())
names = ["v%d" % i for i in range(5)]
print(names, "-".join("src%d" % i for i in range(3)))
