# Calls of generator functions made from the stack: plain, as methods, with defaults,
# with closures, freed right after the call, and with errors in their bodies.


def count(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


def outer(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen


class Box:
    def __init__(self, items):
        self.items = items

    def each(self, scale=1):
        for x in self.items:
            yield x * scale


print(list(count(4)), list(count(10, 3)), sum(count(5)))
print([list(outer(k)(3)) for k in range(3)])
b = Box([1, 2, 3])
print(list(b.each()), list(b.each(10)), (1, list(b.each(2)), 2))
g = count(2)
print(next(g), next(g), next(g, "done"))

# A new generator function each time, freed after its generator is made.
total = 0
for k in range(50):
    total += sum(outer(k)(4))
print(total)


def bad(n):
    yield 1
    raise ValueError("bad %d" % n)


try:
    print(list(bad(7)))
except ValueError as e:
    print("ValueError", e)
try:
    count()
except TypeError as e:
    print("TypeError", e)
print(type(count(1)).__name__, count.__name__)
