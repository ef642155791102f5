# Calls at one depth run in a reused frame: functions that die right after their call, or
# while it runs, must not be reached through it afterwards, and each call sees its own
# function's globals, constants and code (tracebacks, NameErrors).
import sys


def make(k):
    def inner(x):
        return x * k + len(str(k))
    return inner


# A new function each iteration, freed after its one call, at the same depth.
total = 0
for k in range(200):
    total += make(k)(3)
print(total)


# Alternating functions at one depth, with different constants and globals.
def a(x):
    return ("a", x, 1.5)


def b(x):
    return ["b", x, None]


print([a(i) if i % 2 else b(i) for i in range(4)])

# A function that removes itself (and its class) while it runs.
def selfdel():
    global selfdel
    del selfdel
    return "gone" + str(len([1, 2]))


print(selfdel())
print("selfdel" in globals())


class C:
    def __init__(self, v):
        # Replaced while it runs: the instance still initializes with this code.
        C.__init__ = lambda self, v: setattr(self, "v", -v)
        self.v = v


print(C(1).v, C(2).v, C(3).v)


# Functions from exec'd code with their own globals, freed after the call.
for i in range(3):
    ns = {"K": i * 10}
    exec("def g(x):\n    return x + K\n", ns)
    print(ns["g"](1))
    del ns


# Tracebacks and NameErrors through freed functions at one depth.
def raiser(n):
    def r():
        return undefined_name_xyz + n
    return r


for n in range(2):
    try:
        raiser(n)()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        make(n)(None)
    except TypeError as e:
        print(type(e).__name__, e)


# Recursion through functions defined per level.
def deep(n):
    if n == 0:
        return 0
    f = make(n)
    return f(1) + deep(n - 1)


print(deep(50))
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError:
    print("RecursionError")
print(deep(20))
