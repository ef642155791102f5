# Exceptions crossing function calls, recursion, lambdas, methods and generators.
def level3(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 cleanup for", x)


for v in [5, -1]:
    try:
        print("result", level1(v))
    except ValueError as e:
        print("caught at top:", e)


def recurse(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        recurse(n - 1)
    finally:
        print("unwind", n)


try:
    recurse(3)
except LookupError as e:
    print("caught", e)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amt
        return self.balance


acct = Account(10)
for amt in [3, 20, 7]:
    try:
        print("left", acct.withdraw(amt))
    except ValueError as e:
        print("refused", amt, e)


def gen():
    yield 1
    yield 2
    raise KeyError("from generator")


try:
    for x in gen():
        print("got", x)
except KeyError as e:
    print("generator raised", e)


def consumer():
    total = 0
    try:
        for v in [1, 2, "three", 4]:
            total += v
    except TypeError as e:
        print("TypeError in loop:", e)
    return total


print(consumer())


def map_raises():
    return list(map(lambda s: int(s), ["1", "2", "x"]))


try:
    map_raises()
except ValueError as e:
    print("from map:", e)

try:
    sorted([3, 1, "a"])
except TypeError as e:
    print("sorted:", e)

try:
    sorted([1, 2, 3], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("key func:", e)


def gen_with_handler():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"handled {e}"


print(list(gen_with_handler()))


def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")


for v in gen_finally():
    print(v)
g = gen_finally()
print(next(g))
g.close()
print("closed")


def outer_gen():
    try:
        yield from inner_gen()
    except ValueError as e:
        yield f"outer caught {e}"


def inner_gen():
    yield 1
    raise ValueError("inner failed")


print(list(outer_gen()))

# exception from __init__
class Strict:
    def __init__(self, v):
        if v is None:
            raise TypeError("v required")
        self.v = v


try:
    Strict(None)
except TypeError as e:
    print("init failed:", e)

# exception from a comprehension
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("comprehension:", e)

# KeyError from dict inside method chain
data = {"a": {"b": 1}}
try:
    data["a"]["c"]
except KeyError as e:
    print("missing key", e)
