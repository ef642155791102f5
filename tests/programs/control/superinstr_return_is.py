# The superinstructions of returns and `is` tests (`ReturnFast`, `ReturnConst`,
# `LoadConstIsOp`, `LoadFastIsConst`, `LoadGlobalCompareOp`) where their second or third
# instruction is also a jump target, inside try/finally, with, generators, chained
# `and`/`or`, `while` conditions, and where a local is unbound.

FORWARD = 1
BACKWARD = 2
NOTHING = None


class Box:
    def __init__(self, v):
        self.v = v
        self.nxt = None


class Cm:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0] is None)
        return False


def ret_local(x):
    y = x
    return y


def ret_const(x):
    if x:
        return "yes"
    return None


def ret_in_finally(x):
    try:
        return x
    finally:
        print("finally", x)


def ret_from_finally(x):
    try:
        x = x + 1
    finally:
        return x


def ret_in_with(x):
    with Cm():
        return x


def ret_in_with_raise(x):
    with Cm():
        if x is None:
            raise ValueError("none")
        return x


def ret_in_loop(xs):
    for x in xs:
        if x is not None:
            return x
    return "none found"


def is_none_chain(a, b, c):
    # Chained and/or: the `is` tests' branches land on other tests.
    if a is None and b is not None or c is None:
        r1 = 1
    else:
        r1 = 2
    r2 = a is None or b is None
    r3 = (a is not None) and (b is not None) and (c is not None)
    return r1, r2, r3


def is_attr(o):
    out = []
    while o is not None:
        if o.nxt is None:
            out.append("last")
        else:
            out.append(o.v)
        o = o.nxt
    return out


def is_join(c, a):
    # The `LoadConst` of `x is None` is a jump target: the conditional's arms join there.
    n = 0
    while n < 3:
        n += 1
        x = a if c else None
        if x is None:
            print("join none", n)
        elif (a if c else x) is not None:
            print("join some", n)
    return n


def is_other_consts(x):
    return x is True, x is False, x is not Ellipsis, x is NOTHING


def compare_global(d):
    out = []
    for x in d:
        if x == FORWARD:
            out.append("f")
        elif x != BACKWARD:
            out.append("other")
        else:
            out.append("b")
        out.append(x < BACKWARD)
        out.append(x >= FORWARD)
    return out


def compare_global_values(vals):
    res = []
    for v in vals:
        res.append((v == FORWARD, v <= BACKWARD))
    return res


def gen(xs):
    for x in xs:
        if x is None:
            yield "none"
        else:
            yield x
    return "done"


def gen_return(x):
    yield 1
    return x


def unbound_return(c):
    if c:
        z = 1
    return z


def unbound_is(c):
    if c:
        z = 1
    return z is None


print(ret_local(5), ret_local([1, 2]), ret_const(1), ret_const(0))
print(ret_in_finally(3))
print(ret_from_finally(3))
print(ret_in_with(4))
try:
    ret_in_with_raise(None)
except ValueError as e:
    print("caught", e)
print(ret_in_with_raise(7))
print(ret_in_loop([None, None, 3]), ret_in_loop([None]))
for a in (None, 1):
    for b in (None, 2):
        for c in (None, 3):
            print(a, b, c, is_none_chain(a, b, c))
chain = Box(1)
chain.nxt = Box(2)
chain.nxt.nxt = Box(3)
print(is_attr(chain), is_attr(None))
print(is_join(True, 5), is_join(False, 5))
for x in (True, False, 0, 1, None, ..., "s"):
    print(is_other_consts(x))
print(compare_global([1, 2, 3, 0, 1]))
print(compare_global_values([1, 2, 1.0, 2.5, "x" * 0 or 0, True]))
g = gen([1, None, 2])
print(list(g))
g = gen_return(9)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
for fn in (unbound_return, unbound_is):
    print(fn(1))
    try:
        fn(0)
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
# Globals rebound between calls: the cached entry must not outlive the binding.
print(compare_global([1, 2]))
FORWARD = 2
print(compare_global([1, 2]))
FORWARD = "x"
print([v == FORWARD for v in ("x", 1)], [FORWARD != v for v in ("x", 1)])
del FORWARD
try:
    compare_global([1])
except NameError as e:
    print("NameError", e)
