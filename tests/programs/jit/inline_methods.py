# Calls of methods and functions with side effects inlined into traces: a guard failing after
# the callee stored something rebuilds its frame, which the interpreter finishes.
import math


class Point:
    def __init__(self, i):
        self.x = math.sqrt(i)
        self.y = i * 0.5
        self.n = 0

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        self.n += 1
        return self.n

    def shift(self, d):
        self.x += d
        return 10.0 / (self.x - 50.0)


def bump(o, d):
    o.n += d
    return o.n * 2


def run(points):
    s = 0.0
    for p in points:
        s += p.norm()
        p.scale(0.5)
    t = 0
    for p in points:
        t += bump(p, 1)
    return round(s, 6), t, points[7].n, round(points[7].x, 6)


def shifts(points):
    s = 0.0
    try:
        for p in points:
            s += p.shift(0.25)
    except ZeroDivisionError as e:
        print("caught", e)
    return round(s, 6), [round(p.x, 6) for p in points[:3]]


def type_change_inside(points):
    k = 0
    for p in points:
        p.scale(2)
        k += 1
        if k == 500:
            points[600].n = "s"
            points[601].x = 7
    return "done"


pts = [Point(i) for i in range(2000)]
print(run(pts))
print(run(pts))
pts2 = [Point(i) for i in range(1000)]
pts2[700].x = 49.75
print(shifts(pts2))
print([round(p.x, 6) for p in pts2[698:703]])
pts3 = [Point(i) for i in range(1000)]
try:
    print(type_change_inside(pts3))
except TypeError as e:
    print("TypeError", e)
print(pts3[600].x, pts3[600].y, pts3[600].n, pts3[601].x, pts3[601].n, pts3[602].x)
