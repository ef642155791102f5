# Resuming generators from `for`, `yield from` and next(): the value yielded or returned at
# each level, errors raised inside, and generators re-entered while running.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done-%d" % n


def relay(it, depth):
    if depth == 0:
        r = yield from it
    else:
        r = yield from relay(it, depth - 1)
    yield ("returned", depth, r)
    return r


for v in relay(count(3), 3):
    print(v)

# The return value of a generator consumed by `for` is dropped; the loop ends.
total = 0
for v in count(5):
    total += v
print("total", total)

# next() with and without a default on an exhausted generator.
g = count(1)
print(next(g), next(g, "default"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


# An exception inside a generator reaches the consumer; the generator is finished.
def boom(n):
    yield n
    raise ValueError("boom %d" % n)


def outer():
    yield "start"
    yield from boom(7)
    yield "unreachable"


it = outer()
try:
    for v in it:
        print("got", v)
except ValueError as e:
    print("caught", e)
print(next(it, "exhausted"))


# StopIteration raised inside a generator becomes RuntimeError (PEP 479), also through
# `yield from` and for loops.
def leaky():
    yield 1
    raise StopIteration("leak")


def wrapper():
    yield from leaky()


for src in (leaky, wrapper):
    try:
        for v in src():
            print("leaky", v)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


# A generator resumed while it is running.
def selfish():
    yield next(me)


me = selfish()
try:
    for v in me:
        print(v)
except ValueError as e:
    print("ValueError", e)


# Sending into a delegating generator goes to the innermost one; plain next() after send.
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "echo stopped"


def deleg():
    r = yield from echo()
    yield r


d = deleg()
print(next(d), d.send("a"), d.send("b"), next(d), d.send("stop"))


# throw() and close() travel through `yield from` chains.
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")


def middle():
    r = yield from inner()
    print("middle sees", r)
    yield "middle-after"


m = middle()
print(next(m))
print(m.throw(KeyError("k")))
print(next(m))
m.close()
m2 = middle()
print(next(m2))
m2.close()
print("closed", next(m2, "nothing"))


# The exception being handled is the generator's own while it runs, and is restored
# around each yield.
def handler_state():
    try:
        raise KeyError("in generator")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


hs = handler_state()
try:
    raise IndexError("outside")
except IndexError:
    print(next(hs))
    print(sys.exc_info()[0].__name__)
    print(next(hs))
print(next(hs))
print(sys.exc_info()[0])


# Generator expressions and closures returning generator functions.
def make_adder(k):
    def gen(stream):
        for x in stream:
            yield x + k
    return gen


print(sum(x * x for x in make_adder(3)(count(10)) if x & 1))
print(list(enumerate(relay(count(2), 1))))
print([v for v in relay(iter([10, 20]), 2)])

# next() on a generator that returns a value: StopIteration carries it once; the default
# replaces it.
g = count(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("StopIteration again", e.args, e.value)
g = count(0)
print(next(g, "dflt"), next(g, "dflt2"))
print(sum(count(100)), list(count(3)), max(x for x in count(7)), tuple(enumerate(count(2))))


# close(), throw() and send() on a generator from inside its own frame.
def reentrant():
    for op in ("close", "throw", "send"):
        try:
            if op == "close":
                me2.close()
            elif op == "throw":
                me2.throw(KeyError)
            else:
                me2.send(None)
        except ValueError as e:
            print(op + ":", e)
    yield "after"


me2 = reentrant()
print(next(me2), list(me2))
