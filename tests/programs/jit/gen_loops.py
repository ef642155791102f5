# Loops over generators in traces (branch jit-gen): the consumer's loop compiles, the
# generator is resumed through the interpreter, a `yield from` chain at its innermost
# generator. Every loop runs past the JIT threshold.


def count_from(start, step):
    n = start
    while True:
        yield n
        n += step


def take(stream, n):
    if n <= 0:
        return
    for x in stream:
        yield x
        n -= 1
        if n == 0:
            return


def scaled(stream, factor):
    for x in stream:
        yield x * factor


def pipeline():
    total = 0
    for x in take(scaled(count_from(1, 2), 3), 1000):
        total += x
    return total


def raises_at(n):
    i = 0
    while True:
        if i == n:
            raise ValueError("bad item %d" % i)
        yield i
        i += 1


def catch_mid_loop():
    seen = 0
    try:
        for x in raises_at(700):
            seen += x
    except ValueError as e:
        print("caught", e, seen)


def changes_type():
    def g():
        for i in range(900):
            if i < 600:
                yield i
            elif i < 800:
                yield i * 0.5
            else:
                yield "s%d" % i
    vals = []
    for v in g():
        vals.append(v)
    ints = sum(v for v in vals if type(v) is int)
    floats = sum(v for v in vals if type(v) is float)
    strs = sum(len(v) for v in vals if type(v) is str)
    print("types", ints, floats, strs)


def returns_mid_loop():
    def g(limit):
        i = 0
        while True:
            if i >= limit:
                return "done"
            yield i
            i += 1
    total = 0
    it = g(750)
    for x in it:
        total += x
    print("returned", total, next(it, "exhausted"))


def two_yields():
    def g(n):
        for i in range(n):
            yield i
            yield -i * 2
    acc = 0
    k = 0
    for v in g(400):
        acc += v
        k += 1
    print("two yields", acc, k)


def send_close():
    def echo():
        got = []
        try:
            while True:
                x = yield len(got)
                got.append(x)
        finally:
            print("echo closed with", len(got), sum(g for g in got if g is not None))
    e = echo()
    next(e)
    t = 0
    for i in range(300):
        t += e.send(i)
    e.close()
    print("send", t)
    e2 = echo()
    n = 0
    for v in e2:
        n += v
        if v >= 500:
            break
    e2.close()
    print("for over echo", n)


class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.value
        yield from in_order(node.right)


def walk_sum(tree):
    s = 0
    n = 0
    for v in in_order(tree):
        s += v
        n += 1
    return s, n


def depth_returns(node):
    # `yield from` results: each level returns its subtree's size.
    if node is None:
        return 0
    a = yield from depth_returns(node.left)
    yield node.value
    b = yield from depth_returns(node.right)
    return a + b + 1


def outer_returns(tree):
    size = yield from depth_returns(tree)
    yield -size


def walk_returns(tree):
    last = 0
    s = 0
    for v in outer_returns(tree):
        s += v
        last = v
    print("yield from results", s, last)


def failing(node, bad):
    if node is not None:
        yield from failing(node.left, bad)
        if node.value == bad:
            raise KeyError(node.value)
        yield node.value
        yield from failing(node.right, bad)


def guarded(node, bad):
    # Catches the error raised deep down, two levels below, and goes on.
    try:
        yield from failing(node, bad)
    except KeyError as e:
        yield 1000000 + e.args[0]
    yield -1


def walk_catching(tree):
    s = 0
    for v in guarded(tree, 613):
        s += v
    print("caught deep", s)


def stop_inside(node):
    if node is not None:
        yield from stop_inside(node.left)
        if node.value == 555:
            raise StopIteration("inner")
        yield node.value
        yield from stop_inside(node.right)


def walk_stop(tree):
    s = 0
    try:
        for v in stop_inside(tree):
            s += v
    except RuntimeError as e:
        print("runtime error", e, type(e.__cause__).__name__, e.__cause__, s)


def mixed(node):
    # A level delegating to a list iterator, one suspended in an except block.
    if node is not None:
        yield from mixed(node.left)
        yield from [node.value, node.value]
        try:
            raise ValueError
        except ValueError:
            yield from mixed(node.right)


def walk_mixed(tree):
    s = 0
    for v in mixed(tree):
        s += v
    print("mixed", s)


def running(tree):
    # Stepping a generator of the chain from inside it: ValueError as without the JIT.
    holder = []

    def g(node):
        if node is not None:
            yield from g(node.left)
            if node.value == 321:
                try:
                    next(holder[0])
                except ValueError as e:
                    print("inner next:", e)
            yield node.value
            yield from g(node.right)
    it = g(tree)
    holder.append(it)
    s = 0
    for v in it:
        s += v
    print("running", s)


print("pipeline", pipeline())
catch_mid_loop()
changes_type()
returns_mid_loop()
two_yields()
send_close()
tree = build(0, 1000)
print("walk", walk_sum(tree))
walk_returns(tree)
walk_catching(tree)
walk_stop(tree)
walk_mixed(tree)
running(tree)
