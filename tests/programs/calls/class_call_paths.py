# Class calls whose __init__ is a plain Python function: defaults, a class held only by the
# call, __init__ replaced while it runs, results other than None, errors and recursion.
import sys


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def make_class(tag):
    class T:
        def __init__(self, v):
            self.v = (tag, v)
    return T


class Swap:
    def __init__(self, v):
        self.v = v
        Swap.__init__ = lambda self, v: setattr(self, "v", -v)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 5000 else None


class Ret:
    calls = 0

    def __init__(self, flag):
        Ret.calls += 1
        if flag:
            return "no"


class Noisy:
    def __init__(self, name):
        self.name = name
        tmp = Tmp(name)

    def __del__(self):
        print("del Noisy", self.name)


class Tmp:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del Tmp", self.name)


p = P(1)
q = P(3, 4)
print(p.x, p.y, q.x, q.y)
print(make_class("a")(5).v, type(make_class("b")(6)).__name__)
print(Swap(1).v, Swap(2).v, Swap(3).v)
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError", e)
for flag in (False, True, False):
    try:
        r = Ret(flag)
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
print(Ret.calls)
n = Noisy("x")
print("made")
del n
print("deleted")
print([P(i).x for i in range(3)], sys.getrecursionlimit())
P()
