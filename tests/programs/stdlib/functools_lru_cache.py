from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

@lru_cache
def square(x):
    "Return x squared."
    return x * x

print(square(4), square(4), square(5), square.cache_info())
print(square.__name__, square.__doc__, square.__wrapped__(6), square.cache_parameters())

@lru_cache(maxsize=3)
def ident(x):
    calls.append(('ident', x))
    return x

calls.clear()
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    ident(v)
print(ident.cache_info())
print(calls)

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@lru_cache(maxsize=10, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(1), typed.cache_info(), typed.cache_parameters())

@lru_cache(maxsize=10)
def untyped(x):
    return type(x).__name__
print(untyped(2), untyped(2.0), untyped(True), untyped.cache_info())

@lru_cache()
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, 1), kw(1, b=1), kw(b=1, a=1), kw(1, c=2), kw.cache_info())

@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)

@lru_cache(maxsize=None)
def tup(t):
    return sum(t)
print(tup((1, 2)), tup((1, 2)), tup.cache_info())
try:
    tup([1, 2])
except TypeError as e:
    print('TypeError', e)

class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k

c = Calc(3)
print(c.times(4), c.times(4), c.times(5), Calc.times.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info) == info)
h, m, mx, cs = square.cache_info()
print(h, m, mx, cs)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

def slow_path(n):
    @lru_cache(maxsize=2)
    def inner(k):
        return k * n
    return [inner(i % 3) for i in range(9)], inner.cache_info()
print(slow_path(10))
