# Unary operators.
for v in [0, 5, -5, 2 ** 63, -(2 ** 63), 1.5, -0.0, True, False]:
    print(repr(v), -v, +v, not v)
for v in [0, 5, -5, 2 ** 63, -(2 ** 63), 2 ** 100]:
    print(v, ~v, ~~v, -(-v), -~v)
print(- - 3, + - 3, - + 3, -(-(-3)), not not 0, -(2 ** 63) == -2 ** 63)
x = 7
x = -x
print(x, -x, abs(x))
