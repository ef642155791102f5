# Assorted generator protocol details: send, __next__, genexp reuse, delegation to returns.
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
g = (x * x for x in range(5))
print(g.__name__ if hasattr(g, "__name__") else "?", list(g), list(g))
def gen():
    x = yield
    print("got", x)
    y = yield x * 2
    print("got", y)
g = gen()
next(g)
print(g.send(5))
try:
    g.send(7)
except StopIteration:
    print("done")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab", range(2))))
def take(n, g):
    return [v for _, v in zip(range(n), g)]
def nat():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, nat()))
evens = (n for n in nat() if n % 2 == 0)
print(take(3, evens), take(3, evens))
def gen_ret():
    return 5
    yield
def wrapper():
    r = yield from gen_ret()
    yield r
print(list(wrapper()))
print(type(gen_ret()).__name__)
def running():
    total = 0
    while True:
        total += yield total
r = running(); next(r)
print([r.send(v) for v in [1, 2, 3]])
gens = [(i for _ in range(2)) for i in range(3)]
print([list(x) for x in gens])
def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib_gen(100)), sum(fib_gen(1000)))
g = fib_gen(10)
print(next(g), g.__next__(), list(g))
x = [1, 2, 3]
it = iter(x)
print(next(it), list(it), next(it, "end"))
def g2():
    yield 1
gg = g2()
print(gg.send(None), next(gg, "x"))
print(dict.fromkeys(n for n in range(3)))
print(sorted((y for y in [3, 1, 2]), reverse=True))
