# Exits inside a pure function inlined by a side trace of a `for` loop (hexiom's
# `Solver.assign`): the loop trace is recorded with `good` false, the side trace of
# `if good` calls `ok(j)`, whose branches go both ways. Its exits start the statement
# again at `self.ok` (the loads before the call), so they are linkable and get nested
# side traces. The stores made earlier in the iteration must not be redone, exceptions
# raised inside the callee must come from its frame, and a method rebound mid-run must
# be the one called.


class S:
    def __init__(self, n):
        self.cells = [(i * 7) % 5 - 2 for i in range(n)]
        self.near = [i % 3 for i in range(n)]
        self.free = [2] * n
        self.touch = [0] * n
        self.seen = 0
        self.calls = 0
        self.nb = [[(i + d) % (n - 1) for d in (1, 5, 11, 17)] for i in range(n)]

    def ok(self, i):
        v = self.cells[i]
        if v < 0:
            return True
        have = self.near[i]
        return have <= v <= have + self.free[i]

    def assign(self, i, good):
        n = 0
        for j in self.nb[i]:
            n += j
            self.touch[j] += 1
            self.seen += 1
            if good and not self.ok(j):
                good = False
        return good, n


def run(s, rounds, start=0):
    t = 0
    bad = 0
    m = len(s.cells)
    for k in range(start, start + rounds):
        g, n = s.assign(k % m, k > 300 and k % 3 != 0)
        t += n
        if not g:
            bad += 1
    return t, bad, s.seen, sum(s.touch)


s = S(50)
print(run(s, 6000))
print(run(S(23), 3000))

# A float cell: the callee's comparisons see another type (an exit inside the callee).
s = S(30)
print(run(s, 3000))
s.cells[s.nb[3][0]] = 1.5
s.cells[s.nb[4][0]] = -0.5
print(run(s, 3000, 3000))

# An exception raised inside the inlined callee, caught: the stores of the iteration
# before the call happened once.
s = S(30)
print(run(s, 3000))
s.cells[29 - 1] = "x"
try:
    print(run(s, 3000, 3000))
except TypeError as e:
    print("TypeError", e, s.seen, sum(s.touch))

# A short list: IndexError from the callee, caught.
s = S(30)
print(run(s, 3000))
s.near.pop()
s.near.pop()
s.near.pop()
try:
    print(run(s, 3000, 3000))
except IndexError as e:
    print("IndexError", e, s.seen, sum(s.touch))

# The callee rebound on the class mid-run: the restarted loads find the new method.
s = S(40)
print(run(s, 3000))


def strict(self, i):
    self.calls += 1
    return self.cells[i] < 2


original = S.ok
S.ok = strict
print(run(s, 1500, 3000), s.calls)
S.ok = original
print(run(s, 1500, 4500), s.calls)

# And uncaught, for the traceback through the callee.
s = S(30)
print(run(s, 3000))
s.cells[27] = None
print(run(s, 3000, 3000))
