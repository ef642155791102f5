# Assigning __class__ on instances of user classes (the state pattern), also mid-loop,
# where inline caches and JIT traces have seen the old class.


class Idle:
    def step(self):
        self.n += 1
        if self.n % 7 == 0:
            self.__class__ = Busy
        return 1


class Busy:
    def step(self):
        self.n += 1
        if self.n % 5 == 0:
            self.__class__ = Idle
        return 10


class Machine(Idle):
    pass


def run(m, k):
    total = 0
    for _ in range(k):
        total += m.step()
    return total


m = Idle()
m.n = 0
print(run(m, 500), m.n, type(m).__name__, isinstance(m, Busy), m.__dict__)

x = Machine()
x.n = 3
x.__class__ = Busy
print(type(x).__name__, x.step(), x.__class__ is Busy, isinstance(x, Idle))


class Slotted:
    __slots__ = ("a",)


class E(Exception):
    pass


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)


attempt(Idle(), 3)
attempt(Idle(), int)
attempt(Idle(), E)
attempt(E("boom"), Idle)
attempt(5, Idle)
attempt(Idle(), Machine)
attempt(Slotted(), Slotted)

# A loop whose receiver's class changes between iterations through a call.
class A:
    def val(self):
        return 1


class B:
    def val(self):
        return 2


def flip(o, i):
    if i % 3 == 0:
        o.__class__ = B if type(o) is A else A


def loop(n):
    o = A()
    s = 0
    for i in range(n):
        s += o.val()
        flip(o, i)
    return s


print(loop(1000))


def switch_once(o, i):
    if i == 600:
        o.__class__ = B


def loop_once(n):
    o = A()
    s = 0
    for i in range(n):
        s += o.val()
        switch_once(o, i)
    return s


print(loop_once(1000))
o = A()
o.__class__ = object
