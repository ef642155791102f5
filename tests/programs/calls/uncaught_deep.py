# An exception escaping every frame: the traceback lists each call, outermost first.


def a(n):
    return b(n) + 1


def b(n):
    if n > 0:
        return a(n - 1)
    return c()


def c():
    d = {}
    return d["missing"]


print("start")
a(3)
print("not reached")
