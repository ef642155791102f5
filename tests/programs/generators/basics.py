# yield, generator objects, StopIteration semantics, return values.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")


g = count_up(3)
print(type(g).__name__, g.__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(g, "exhausted"))
print(list(count_up(2)))
print(sum(count_up(5)), max(count_up(4)), sorted(count_up(3), reverse=True))


def with_return():
    yield 1
    return "done"


g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(with_return()))


def empty():
    return
    yield


print(list(empty()), next(empty(), "nothing"))


# iter protocol
g = count_up(2)
print(iter(g) is g)
for x in g:
    print("for", x)
for x in g:
    print("never")


# generator keeps local state across yields
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


# multiple generators are independent
g1, g2 = fib(), fib()
next(g1)
next(g1)
print(next(g1), next(g2))


# yield as an expression inside other expressions
def doubler():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += 2 * x


d = doubler()
print(next(d), d.send(1), d.send(5))
try:
    d.send(None)
except StopIteration:
    print("doubler stopped")


# generator over closures
def make_gens():
    return [(lambda k: (k * j for j in range(3)))(k) for k in range(3)]


print([list(g) for g in make_gens()])


# unpacking and membership with generators
a, b, c = (x * x for x in range(3))
print(a, b, c, 4 in (x * x for x in range(5)))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(" ".join(str(x) for x in range(5)))
