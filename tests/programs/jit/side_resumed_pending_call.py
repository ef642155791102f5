# Exits at a branch inside a resumable inlined callee whose result is the argument of
# another inlined call still pending in the caller (chaos's `p.lerp(self.target(), 0.5)`):
# the side trace continues the callee and then makes the pending call. Both directions of
# the branch vary, the branch is two calls deep, the side path makes a residual call (a
# callee with a loop), and it raises.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def lerp(self, o, t):
        return Vec(self.x + (o.x - self.x) * t, self.y + (o.y - self.y) * t)


def spread(u, k):
    # A loop: called residually from inside the resumed callee.
    s = 0.0
    j = 0
    while j < k:
        s = s + u / (j + 1)
        j += 1
    return Vec(s, 1.0 - u)


class Game:
    def __init__(self, seed, div):
        self.rng = Rng(seed)
        self.corners = [Vec(0.0, 0.0), Vec(1.0, 0.0), Vec(0.5, 1.0)]
        self.div = div
        self.far = 0
        self.calls = 0

    def target(self):
        # The store in `next` makes this call resumable: the exit at `r < 3` rebuilds
        # its frame, and whichever way the branch went at the recording, the other way
        # gets a side trace that starts here.
        r = self.rng.below(5)
        if r < 3:
            return self.corners[r]
        self.far = self.far + 1
        return spread(r / self.div, 3)

    def pick(self, r):
        # Pure: its branch exits inside `outer`, which is resumed at its call of `pick`.
        if r < 2:
            return self.corners[r]
        return Vec(r * 0.25, 0.5)

    def outer(self):
        self.calls = self.calls + 1
        return self.pick(self.rng.below(4))

    def run(self, steps):
        p = Vec(0.5, 0.5)
        for i in range(steps):
            p = p.lerp(self.target(), 0.5)
        return round(p.x, 9), round(p.y, 9), self.far

    def run2(self, steps):
        p = Vec(0.5, 0.5)
        for i in range(steps):
            p = p.lerp(self.outer(), 0.5)
        return round(p.x, 9), round(p.y, 9), self.calls


for n in (5, 50, 3000):
    print(Game(7, 4.0).run(n))
    print(Game(11, 4.0).run2(n))
    print(Game(12345, 2.0).run(n), Game(99, 2.0).run2(n))


def raising(n, zero_at):
    g = Game(3, 4.0)
    p = Vec(0.5, 0.5)
    for i in range(n):
        if i == zero_at:
            g.div = 0
        p = p.lerp(g.target(), 0.5)
    return round(p.x, 9), g.far


for zero_at in (1000, 2500):
    try:
        print(raising(3000, zero_at))
    except ZeroDivisionError as e:
        print("caught", e)
print(raising(3000, 2999))
