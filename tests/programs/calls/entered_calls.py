# Python-to-Python calls that the interpreter runs without recursing: results, exceptions
# through several frames (with handlers and finally blocks on the way), __init__ results,
# __del__ timing, recursion depth, generators and calls made from builtins.
import sys


def ident(x):
    return x


def add(a, b=10):
    return a + b


def chain(n):
    if n == 0:
        raise ValueError("bottom")
    return chain(n - 1) + 1


def catcher(n):
    try:
        return chain(n)
    except ValueError as e:
        return "caught " + str(e)


def finally_frames(n, log):
    try:
        if n == 0:
            raise KeyError(n)
        return finally_frames(n - 1, log)
    finally:
        log.append(n)


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class BadInit:
    def __init__(self):
        return 5


class RaisingInit:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_noisy(name):
    n = Noisy(name)
    return len(n.name)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def gen(n):
    for i in range(n):
        yield add(i, i)


def uses_gen(n):
    return sum(gen(n))


def reraise():
    try:
        ident(1) / 0
    except ZeroDivisionError:
        raise


def outer_reraise():
    try:
        reraise()
    except ZeroDivisionError as e:
        return type(e).__name__


print(ident(3), add(1), add(1, 2))
print(catcher(5))
log = []
try:
    finally_frames(4, log)
except KeyError as e:
    print("KeyError", e, log)
p = Point(3, -4)
print(p.norm1(), p.moved(2).x, Point(1).moved(1).moved(1).x)
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    RaisingInit(-1)
except ValueError as e:
    print("init raised", e)
print(RaisingInit(2).v)
print(make_noisy("a"))
print("after a")
d1 = depth(0)
d2 = depth(0)
print(d1 == d2, d1 > 900)
print(uses_gen(5), list(map(ident, [1, 2])), sorted([3, 1, 2], key=lambda v: -add(v)))
print(outer_reraise())
print(sys.exc_info()[0])


chain(1)
