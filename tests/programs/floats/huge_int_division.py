# True division of big ints is correctly rounded (CPython's long_true_divide), never
# nan or inf; results out of the float range raise OverflowError.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: 10 ** 400 / 10 ** 399)
show(lambda: -(10 ** 400) / 10 ** 398)
show(lambda: 10 ** 400 / 3 ** 700)
show(lambda: (2 ** 1100 + 1) / 2 ** 1100)
show(lambda: (2 ** 53 + 1) / 1)
show(lambda: (2 ** 54 + 3) / 2)
show(lambda: 1 / 10 ** 400)
show(lambda: -1 / 10 ** 400)
show(lambda: 10 ** 400 / 10 ** 700)
show(lambda: 2 ** 2000 / 2 ** 3074)
show(lambda: 2 ** 2000 / 2 ** 3080)
show(lambda: 10 ** 400 / 7)
show(lambda: 10 ** 309 / 1)
show(lambda: 10 ** 400 / 0)
show(lambda: 10 ** 400 * 1.0)
show(lambda: 1.0 / 10 ** 400)
show(lambda: float(2 ** 1024 - 2 ** 970))
show(lambda: float(2 ** 1024 - 2 ** 971))
show(lambda: float(2 ** 53 + 1))
show(lambda: float(2 ** 53 + 3))
show(lambda: float(-(2 ** 64 + 2 ** 11)))

# Ratios of consecutive Fibonacci numbers converge to the golden ratio.
a, b = 0, 1
for i in range(1, 400):
    a, b = b, a + b
    if i % 50 == 0:
        print(i, b / a, a / b, len(str(b)))

# Exact int/float comparisons around 2**53 and beyond the float range.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big - 1))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, hash(2 ** 64) == hash(2.0 ** 64))
print({2 ** 64: "big"}[2.0 ** 64], {1.5: "x"}.get(1))
print(hash(2 ** 61 - 1), hash(-(2 ** 64)), hash(1e300), hash(5e-324), hash(-1.0), hash(0.1))
