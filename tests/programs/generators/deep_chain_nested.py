# `for` over `yield from` chains resumed at their innermost generator, nested inside
# each other (the chain vector is reused from item to item and shared by nested loops),
# with returns, exceptions, handlers and a running-generator error on the way.
import sys


def leaf(n, tag):
    for i in range(n):
        yield (tag, i)
    return tag * 10


def chain(depth, n, tag):
    if depth == 0:
        r = yield from leaf(n, tag)
        return r
    r = yield from chain(depth - 1, n, tag)
    return r + 1


def summing(depth, n):
    # Each item of the outer chain runs a complete loop over an inner chain.
    total = 0
    for tag, i in chain(depth, n, 1):
        inner = 0
        for t2, j in chain(depth + 2, i + 1, 2):
            inner += j
        total += inner
        yield total
    return total


def outer(depth):
    r = yield from summing(depth, 4)
    yield ("done", r)


print(list(outer(3)))
print(list(outer(0)))


def raising(n):
    for i in range(n):
        yield i
    raise KeyError("leaf %d" % n)


def catcher(depth, n):
    if depth == 0:
        try:
            yield from raising(n)
        except KeyError as e:
            yield ("caught", str(e))
        return "back"
    r = yield from catcher(depth - 1, n)
    yield ("level", depth, r)
    return r + str(depth)


print(list(catcher(4, 3)))


def passthrough(depth, g):
    if depth == 0:
        return (yield from g)
    return (yield from passthrough(depth - 1, g))


try:
    for x in passthrough(6, raising(2)):
        print("item", x)
except KeyError as e:
    print("escaped", e)


# A generator in the chain closed while the outer loop runs it.
def selfref():
    yield 1
    try:
        g.send(None)
    except ValueError as e:
        yield str(e)
    yield 3


g = passthrough(3, selfref())
print(list(g))

# Breaking out of a loop over a chain, then resuming the rest with next().
p = passthrough(5, leaf(5, 7))
for x in p:
    if x[1] == 2:
        break
print(x, next(p), next(p))
print(next(p, "end"), next(p, "end"))

# Deep chains near the recursion limit take the level-by-level path.
def nest(d):
    if d == 0:
        yield "bottom"
        return
    yield from nest(d - 1)


sys.setrecursionlimit(120)
print(list(nest(40)))
try:
    print(list(nest(200)))
except RecursionError as e:
    print("RecursionError", type(e).__name__)
