# An object with __del__ held only by cyclic garbage is finalized when the cycle is
# collected (before gc.collect() returns), and a generator held only by cyclic garbage
# is closed.
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    pass


gc.collect()
a, b = Holder(), Holder()
a.peer, b.peer = b, a
a.res = Res("one")
del a, b
print("collecting")
print(gc.collect() >= 2)
print("collected")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


h = Holder()
h.me = h
h.g = gen()
print(next(h.g))
del h
print("collecting")
gc.collect()
print("collected")

# Many cycles, each holding a finalizable object: all finalized, in some order.
count = 0


class Counted:
    def __del__(self):
        global count
        count += 1


for i in range(20000):
    x = Holder()
    x.me = x
    x.c = Counted()
gc.collect()
print(count >= 19999)
