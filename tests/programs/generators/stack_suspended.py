# Generators suspended with values below the yield on their stack: yields inside
# argument lists, displays, arithmetic and comprehensions; send() values;
# yield from with values underneath; many generators alive at once.


def f(a, b, c, d):
    return (a, b, c, d)


def g1(n):
    for i in range(n):
        x = f(i, (yield i), [i, (yield i * 10)][1], i + ((yield -i) or 0))
        yield x


print(list(g1(3)))


def g2():
    total = 0
    while True:
        v = [total, (total, (yield total))]
        if v[1][1] is None:
            return total
        total += v[1][1]


g = g2()
print(next(g), g.send(5), g.send(7), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def inner(k):
    for i in range(k):
        yield i
    return k * 100


def outer():
    r = (1, 2, [3, (yield from inner(3)), 4], (yield "mid"))
    yield r
    yield 1 + (2 + (3 + (yield from inner(2))))


print(list(outer()))

# Many generators alive at once, each suspended at a different depth, advanced
# round-robin in a hot loop.
gens = [g1(4) for _ in range(50)]
out = []
for step in range(16):
    for gen in gens:
        try:
            out.append(next(gen))
        except StopIteration:
            out.append(None)
print(len(out), out[:20], out[-5:])

# A generator closed while suspended with values on its stack, and one that
# raises from inside an expression.
def closing():
    try:
        x = [1, 2, (3, (yield 1), 4)]
        yield x
    finally:
        print("cleanup")


c = closing()
print(next(c))
c.close()


def raising():
    for i in range(5):
        yield (i, [i, 1 // (2 - i)])


try:
    for v in raising():
        print(v)
except ZeroDivisionError as e:
    print("error", e)

# Generator expressions nested in big expressions.
print(sum(x * y for x in range(10) for y in (x, x + 1)), [max(a, b) for a, b in zip(range(5), (i * i for i in range(5)))])
