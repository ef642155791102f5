# yield from: delegation, return values, send/throw/close pass-through.
def inner(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("  inner received", received)
    return f"inner({n}) done"


def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(3)
    print("  r2 =", r2)
    return r1 + " & " + r2


print(list(outer()))

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(g.send("x"))
try:
    while True:
        next(g)
except StopIteration as e:
    print("final:", e.value)


def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {"k": 1}


print(list(from_iterables()))


def catching_inner():
    while True:
        try:
            x = yield
            print("  inner got", x)
        except ValueError as e:
            print("  inner caught", e)
            yield "after-throw"


def delegator():
    result = yield from catching_inner()
    return result


g = delegator()
next(g)
g.send(1)
print(g.throw(ValueError("thrown through")))
g.send(2)


def inner_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")


def outer_finally():
    try:
        yield from inner_finally()
    finally:
        print("  outer finally on close")


g = outer_finally()
print(next(g))
g.close()


def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right


g = tree(3)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print(values, "leaves:", e.value)
        break


def uncaught_in_inner():
    yield 1
    raise KeyError("inner problem")


def wrapper():
    try:
        yield from uncaught_in_inner()
    except KeyError as e:
        print("  wrapper caught", e)
        return "recovered"


print(list(wrapper()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def delegate_to_iterator():
    r = yield from Countdown(3)
    print("  iterator delegation returns", r)


print(list(delegate_to_iterator()))
