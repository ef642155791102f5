# range() and int() called with plain numbers, and generator functions called positionally
# (the interpreter builds these without its generic call path): same values and errors.
print(list(range(5)), list(range(2, 7)), list(range(10, 0, -3)), list(range(0)))
print(list(range(-3, 3, 2)), len(range(0, 100, 7)), range(1, 10, 2)[3])
print(range(True), list(range(False, 3)))
for bad in [(1, 2, 0), (1.5,), ("3",)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(7), int(-7), int(2.9), int(-2.9), int(0.5), int(-0.0), int(1e18), int(-9.1e18))
print(int(1e19), int(-1e300) < 0, int(2.0 ** 62), int(True))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def gen(a, b=2):
    yield a
    yield b
    return a + b


print(list(gen(1)), list(gen(1, 5)))
g = gen(10)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
try:
    gen()
except TypeError as e:
    print("TypeError", e)
