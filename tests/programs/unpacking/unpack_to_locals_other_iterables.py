# `a, b, c = x` into plain locals when `x` is not a tuple or list of that many items: the
# interpreter unpacks it onto the stack and the stores run one by one (the same code that
# takes tuples and lists straight into the locals), with CPython's errors and the locals
# left as they were when unpacking fails.


def gen(n):
    for i in range(n):
        yield i * 10


class Seq:
    def __iter__(self):
        return iter("xyz")


class Failing:
    def __iter__(self):
        yield 1
        raise KeyError("stop")


def unpack3(x):
    a, b, c = "A", "B", "C"
    try:
        a, b, c = x
    except (ValueError, TypeError, KeyError) as e:
        return "%s: %s (locals %s %s %s)" % (type(e).__name__, e, a, b, c)
    return a, b, c


print(unpack3(gen(3)))
print(unpack3(gen(2)))
print(unpack3(gen(4)))
print(unpack3("pqr"))
print(unpack3({"k1": 1, "k2": 2, "k3": 3}))
print(unpack3(range(7, 10)))
print(unpack3(Seq()))
print(unpack3(Failing()))
print(unpack3(5))
print(unpack3(None))
print(unpack3((1, 2)))
print(unpack3([1, 2, 3, 4]))
print(unpack3({1, 2, 3}) == (1, 2, 3))


def loop_mixed(items):
    out = []
    for x in items:
        p, q = x
        out.append(q - p if isinstance(p, int) else p + q)
    return out


print(loop_mixed([(1, 5), [2, 9], "ab", range(3, 5), (7, 8), iter([1, 1])]))


def repeated_in_loop(n):
    total = 0
    for i in range(n):
        a, b = (i, i + 1) if i % 2 else [i, -i]
        c, d = divmod(i, 3)
        total += a + b + c + d
    return total


print(repeated_in_loop(100))
a, b = "no"
print(a, b)
