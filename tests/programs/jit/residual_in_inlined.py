# A call the trace cannot inline (the callee has a loop), made from inside a method the
# trace inlines: the trace calls it through the interpreter, and from that call on a
# failing guard rebuilds the inlined method's frame for the interpreter to finish it.


class Box:
    def __init__(self, v):
        self.v = v


class G:
    def __init__(self):
        self.n = 0
        self.held = Box(5)

    def slow(self, x):
        s = 0
        for i in range(3):
            s += x
        if x == 2500:
            return s / 2          # a float once: the trace expected an int
        if x == 2800:
            self.held = None      # drops the object the caller's local still holds
        return s

    def step(self, i):
        self.n += 1
        h = self.held
        if i % 7 != 3:
            r = self.slow(i) + 1
            return r + h.v if h is not None else r
        return i


class Boom(Exception):
    pass


class H:
    def __init__(self):
        self.calls = 0

    def check(self, x):
        for _ in range(2):
            if x == 1700:
                raise Boom("bad value %d" % x)
        return x

    def step(self, i):
        self.calls += 1
        v = self.check(i)
        return v * 2


def main():
    g = G()
    t = 0
    for i in range(3000):
        t += g.step(i)
        if i == 2900:
            g.held = Box(7)
    print(t, g.n)

    h = H()
    total = 0
    try:
        for i in range(2000):
            total += h.step(i)
    except Boom as e:
        print("caught", e, total, h.calls)


def traced():
    h = H()
    s = 0
    for i in range(2000):
        s += h.step(i)
    return s


main()
traced()
