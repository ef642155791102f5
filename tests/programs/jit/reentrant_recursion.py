# Recursion through a traced loop: the loop's trace makes a residual call that runs the
# same loop again (its trace is re-entered with the outer activation's state saved).


class Solver:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.up = set()
        self.down = set()
        self.placed = []
        self.count = 0
        self.digest = 0

    def place(self, row):
        if row == self.n:
            self.count += 1
            self.digest = (self.digest * 31 + sum(self.placed)) % 1000003
            return
        for col in range(self.n):
            if col in self.cols:
                continue
            u = row + col
            d = row - col
            if u in self.up or d in self.down:
                continue
            self.cols.add(col)
            self.up.add(u)
            self.down.add(d)
            self.placed.append(col)
            self.place(row + 1)
            self.placed.pop()
            self.cols.discard(col)
            self.up.discard(u)
            self.down.discard(d)


for n in range(4, 9):
    s = Solver(n)
    s.place(0)
    print("queens", n, s.count, s.digest)


# Varying depth: each level loops over its children and recurses into each; the loop
# carries int and float accumulators across the recursive call.
def walk(depth, width, acc):
    total = 0
    scale = 0.5
    for i in range(width):
        total += i * depth
        if depth > 0:
            total += walk(depth - 1, (i + depth) % 4 + 1, acc)
        scale = scale * 1.5 + i
        acc.append(depth)
    return total + int(scale)


for d in range(0, 7):
    acc = []
    print("walk", d, walk(d, 3, acc), len(acc), sum(acc))


# An exception raised in an inner activation propagates through the outer trace (and the
# outer traces above it), caught at different levels.
class Boom(Exception):
    pass


def explode(depth, limit):
    t = 0
    for i in range(4):
        t += i
        if depth == limit and i == 2:
            raise Boom(depth)
        if depth < limit:
            t += explode(depth + 1, limit)
    return t


def catcher(depth, limit, at):
    t = 0
    for i in range(3):
        if depth == at:
            try:
                t += explode(depth, limit)
            except Boom as e:
                t += 1000 + e.args[0] * 10 + i
        elif depth < at:
            t += catcher(depth + 1, limit, at)
        t += i
    return t


for limit in range(1, 6):
    for at in range(0, limit + 1):
        print("catch", limit, at, catcher(0, limit, at))

try:
    explode(0, 5)
except Boom as e:
    print("escaped", e.args)


# A guard failing in an inner activation: values change type (int -> float, int -> big
# int) deep in the recursion, and the outer activations go on with their own types.
def mixed(depth, x):
    acc = x
    for i in range(3):
        if depth < 5:
            acc = acc + mixed(depth + 1, x if depth != 3 else x + 0.5)
        acc = acc * 3 + i
    return acc


print("mixed", mixed(0, 1), mixed(0, 2.5))


def big(depth):
    v = 1
    for i in range(4):
        v = v * 1000003 + i
        if depth < 4:
            v += big(depth + 1)
    return v


print("big", big(0) % 1000000007, big(3))


# Objects stored into locals across the recursive call (the outer activation's pending
# releases must survive the inner ones), with lists of different lengths per depth.
class Node:
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids


def build(depth, k):
    kids = []
    for i in range((depth + k) % 3 + (1 if depth < 4 else 0)):
        if depth < 5:
            kids.append(build(depth + 1, k + i))
    return Node(depth * 10 + k, kids)


def total(node):
    s = node.v
    best = None
    for kid in node.kids:
        sub = total(kid)
        best = kid if best is None or sub > best.v else best
        s += sub
    if best is not None:
        s += best.v
    return s


for k in range(4):
    print("tree", k, total(build(0, k)))


# An error raised by the loop body of the innermost activation (a division by zero at
# depth `d`) unwinds every activation above it, each waiting in its trace's residual call.
def chain(depth, limit, d):
    t = 0
    for i in range(3):
        t += 100 // (d - depth) + i
        if depth < limit:
            t += chain(depth + 1, limit, d)
    return t


for d in range(2, 9):
    try:
        print("chain", d, chain(0, 6, d))
    except ZeroDivisionError as e:
        print("chain", d, "ZeroDivisionError", e)


# Deep recursion through the loop: hundreds of suspended activations of one trace, and a
# RecursionError raised at the interpreter's depth unwinding through all of them.
def deep(n, acc):
    t = 0
    for i in range(2):
        t += i
        if n > 0:
            t += deep(n - 1 - i * n, acc)
        acc.append(n)
    return t


acc = []
print("deep", deep(900, acc), len(acc))


def probe(n):
    try:
        return deep(n, [])
    except RecursionError:
        return "RecursionError"


for n in (500, 990, 2000, 5000):
    print("probe", n, probe(n))
