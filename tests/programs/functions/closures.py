# Closures capture variables (cells), not values.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(10), c2(), c1(), c2(-50))
def make_adders():
    adders = []
    for n in range(1, 4):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print(make_adders()[0](10), make_adders()[2](10))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()
print(outer()())
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
g, p = pair()
print(g())
p(42)
print(g())
p("text")
print(g())
def multiplier(factor):
    return lambda x: x * factor
double = multiplier(2)
triple = multiplier(3)
print(double(21), triple(7), multiplier("ab")(3))
