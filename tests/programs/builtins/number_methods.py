# int.bit_count/as_integer_ratio, float.as_integer_ratio (exact, lowest terms) and
# float.hex, with CPython's errors for infinities and NaN.
for n in [0, 5, -7, 2 ** 70, -(2 ** 64) + 1, True, False]:
    print(n, n.bit_count(), n.as_integer_ratio(), n.bit_length())
for x in [0.0, -0.0, 0.5, 2.5, -0.1, 0.1, 1e300, 1e-300, 5e-324, 123456.75, -3.0, 2.0 ** 60]:
    num, den = x.as_integer_ratio()
    print(repr(x), num, den, num / den == x, x.hex())
for x in [float("inf"), float("-inf"), float("nan")]:
    print(x.hex())
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sum(x.as_integer_ratio()[0] for x in [0.25, 0.5, 0.75]), (1.5).conjugate(), (3).conjugate())
