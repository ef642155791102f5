# Generators called from functions entered without recursion, and functions called from
# generators (their frames are the generator's own dispatch root).


def square(x):
    return x * x


def gen_squares(n):
    for i in range(n):
        yield square(i)


def consume(n):
    return sum(gen_squares(n))


def outer(n):
    return consume(n) + consume(n - 1)


print(outer(10))


def gen_calls_gen(n):
    for v in gen_squares(n):
        yield add_one(v)


def add_one(v):
    return v + 1


def listing(n):
    return list(gen_calls_gen(n))


print(listing(6))


def delegating(n):
    r = yield from gen_calls_gen(n)
    yield finish(r)


def finish(r):
    return ("done", r)


def runner():
    return [x for x in delegating(3)]


print(runner())


def raising_gen():
    yield 1
    yield fail(2)


def fail(x):
    raise ValueError(x)


def use_raising():
    out = []
    try:
        for v in raising_gen():
            out.append(v)
    except ValueError as e:
        out.append("error %s" % e)
    return out


print(use_raising())


def recursive_gen(n):
    if n > 0:
        yield from recursive_gen(n - 1)
    yield depth_of(n)


def depth_of(n):
    return n * 2


def drive():
    return list(recursive_gen(5))


print(drive())


def sending():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total = combine(total, x)


def combine(a, b):
    return a + b


def driver():
    g = sending()
    next(g)
    for i in range(5):
        g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        return e.value


print(driver())


def thrower():
    try:
        yield 1
    except KeyError as e:
        yield handle(e)


def handle(e):
    return "handled %s" % e


def throw_into():
    g = thrower()
    next(g)
    return g.throw(KeyError("k"))


print(throw_into())
