# Pairs of plain instructions that the interpreter fuses into superinstructions
# (LoadFast LoadFast, LoadFast LoadConst, StoreFast LoadFast; and the pairs measured
# and not fused), where the second instruction is also a jump target, an
# exception handler's or a generator's resume point, or raises.


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def loop_head(n):
    # `i = 0` then the loop test `i < n`: the loop's back edge lands on the `LoadFast i`
    # that follows the store.
    i = 0
    t = 0
    while i < n:
        t = t + i
        i = i + 1
    return t, i


def join(c, a, b):
    # Both arms of the conditional join at the store; the load after it is a pair's second.
    y = a if c else b
    z = y
    return z, y + a, b - y


def branches(xs):
    out = []
    for x in xs:
        if x % 3 == 0:
            k = x
        elif x % 3 == 1:
            k = x + 1
        else:
            k = 2
        m = k
        out.append(m * k - x)
    return out


def chain(a, b, c, d):
    # Overlapping pairs: a b, b c, c d.
    return a + b * c - d, (a, b, c, d), (1, a, 2, b)


def multi_store():
    x = y = [1]
    x.append(2)
    p, q = 3, 4
    q, p = p, q
    return x, y, p, q


def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return (a,
            b)


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return (a,
            b)


def unbound_after_store(flag):
    if flag:
        w = 5
    v = 3
    return v + w


def unbound_after_const(flag):
    if flag:
        w = 5
    return (1,
            w)


def handler(xs):
    total = 0
    for x in xs:
        try:
            r = 10 // x
            total = total + r
        except ZeroDivisionError as e:
            s = str(e)
            total = total - 1
        t = total
    return t, s


def gen(n):
    acc = 0
    for i in range(n):
        got = yield acc
        acc = got
        acc = acc + i
    return acc


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def store_order():
    x = Noisy(1)
    y = Noisy(2)
    print("storing")
    x = y = Noisy(3)
    print("stored", x.n, y.n)
    x = y = None
    print("done")


def nested_loops(n):
    s = 0
    for i in range(n):
        j = 0
        while j < i:
            s = s + j * i
            j = j + 1
        k = s
    return s, k


print(loop_head(10))
print(join(True, 4, 9), join(False, 4, 9))
print(branches(list(range(12))))
print(chain(1, 2, 3, 4))
print(multi_store())
for fn in (unbound_second, unbound_first, unbound_after_store, unbound_after_const):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e, last_line(e))
print(handler([1, 2, 0, 5, 0, 3]))
g = gen(5)
print(next(g))
try:
    for v in range(10, 100, 10):
        print(g.send(v))
except StopIteration as e:
    print("returned", e.value)
store_order()
print(nested_loops(30))
# Hot enough for the JIT to record loops whose pcs fall inside pairs.
print(sum(loop_head(50)[0] for _ in range(300)))
print(sum(nested_loops(12)[0] for _ in range(200)))
print(sum(len(branches(range(20))) for _ in range(200)))
