# Object locals swapped or rotated in a loop whose guards exit in the middle: the exit stores
# each local's new object, which was another local's old one (a use-after-free once: the
# old value was released before its new owner took it).
class Body:
    def __init__(self, x, m):
        self.x = x
        self.m = m


def swaps(n):
    a = Body(1.0, 1)
    b = Body(2.0, 2)
    s = 0.0
    for i in range(n):
        a, b = b, a
        if i % 3 == 0:
            s += a.x
        else:
            s -= b.x
    return s, a.m, b.m


def rotate(n):
    a, b, c = Body(1.0, "a"), Body(2.0, "b"), Body(4.0, "c")
    s = 0.0
    for i in range(n):
        a, b, c = c, a, b
        if i % 5 == 0:
            s += a.x * 2
        elif i % 7 == 1:
            s -= c.x
        else:
            s += b.x
    return s, a.m + b.m + c.m


def fresh(n):
    a = Body(0.5, 0)
    b = a
    t = 0.0
    for i in range(n):
        a, b = Body(float(i), i), a
        if i % 4 == 0:
            t += b.x
        t += a.m
    return t, a.m, b.m


for n in (10, 100, 400, 1000):
    print(swaps(n), rotate(n), fresh(n))
