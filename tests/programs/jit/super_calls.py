# Zero-argument `super()` in inlined methods and `__init__`s: a chain of three classes,
# a base `__init__` default, an explicit `super(C, self)`, a method with stores called at
# the loop's level, receivers of two classes, a class rebound mid-loop and a base-class
# method replaced mid-loop.


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def move(self, d):
        self.x += d
        self.y -= d


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)

    def move(self, d):
        super().move(d)
        self.z += 2 * d


class Point4(Point3):
    def __init__(self, x, y, z, w):
        super(Point4, self).__init__(x, y, z)
        self.w = w

    def norm1(self):
        return super().norm1() + abs(self.w)


class OnAxis(Point):
    def __init__(self, x):
        super().__init__(x)

    def norm1(self):
        return super().norm1() * 10


def chain(n):
    t = 0
    for i in range(n):
        p = Point4(i, -i, 2 * i, 3)
        q = OnAxis(i - 5)
        t += p.norm1() + q.norm1() + p.x
    return t


print(chain(1000))
print(chain(3))


def moves(n):
    p = Point3(1, 2, 3)
    for i in range(n):
        p.move(i % 5)
    return p.x, p.y, p.z


print(moves(1000))


class Walker(Point3):
    def walk(self, n):
        t = 0
        for i in range(n):
            super().move(1)
            t += super().norm1()
        return t


def make_walker(base):
    # The class statement runs again: the same code, another `__class__` cell.
    class W(base):
        def walk(self, n):
            t = 0
            for i in range(n):
                t += super().norm1()
            return t

    return W


print(Walker(1, 2, 3).walk(600))
print(make_walker(Point3)(1, 2, 3).walk(300), make_walker(OnAxis)(4).walk(300))


def mixed(n):
    objs = [Point3(1, 2, 3), Point4(1, 2, 3, 4), OnAxis(7)]
    t = 0
    for i in range(n):
        t += objs[i % 3].norm1()
    return t


print(mixed(900))


class Other(Point):
    def __init__(self, x, y, z):
        super().__init__(z, y)
        self.z = x

    def norm1(self):
        return super().norm1() - 1


def rebound(n):
    global Point3
    keep = Point3
    t = 0
    for i in range(n):
        if i == n // 2:
            Point3 = Other
        t += Point3(i, 1, 2).norm1()
    Point3 = keep
    return t


print(rebound(800))


def base_changed(n):
    saved = Point.norm1
    t = 0
    for i in range(n):
        if i == n // 2:
            Point.norm1 = lambda self: 100
        t += Point3(i, 1, 2).norm1()
    Point.norm1 = saved
    return t


print(base_changed(800))
print(chain(10))
