# A `for` loop over shapes of two classes, the first of another class than the rest, that
# leaves the loop (`return True`) at its second item for long runs of calls, as raytrace's
# `Scene.in_shadow` does for points in a shadow: the first item's iteration runs in a
# trampoline side trace, the loop trace is entered again and exits where the call hits.
# Such runs of calls must not throw the trace away (it does the work of the other calls).


class Floor:
    def __init__(self, h):
        self.h = h

    def hit(self, y):
        if y < self.h:
            return self.h - y
        return None


class Ball:
    def __init__(self, c, r):
        self.c = c
        self.r2 = r * r

    def hit(self, y):
        d = y - self.c
        if d * d < self.r2:
            return abs(d)
        return None


def blocked(shapes, y):
    for s in shapes:
        t = s.hit(y)
        if t is not None:
            return True
    return False


def main():
    shapes = [Floor(-1000.0), Ball(500.0, 40.0), Ball(900.0, 5.0), Ball(1500.0, 3.0),
              Ball(2500.0, 2.0)]
    n = 0
    hits = 0
    for rnd in range(4):
        for i in range(3000):
            y = float(i)
            if blocked(shapes, y):
                hits += 1
            n += 1
    print(n, hits)
    # A Floor that hits now and then, and one that is not first.
    shapes2 = [Ball(10.0, 1.0), Floor(3.0), Ball(20.0, 2.0)]
    print(sum(1 for i in range(400) if blocked(shapes2, i * 0.1)))


main()
