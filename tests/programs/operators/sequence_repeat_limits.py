for expr in ("[1] * 2**63", "[] * 2**70", "(1,) * -(2**70)", "'ab' * 2**64", "[1] * 2**62", "2**63 * [0]"):
    try:
        print(len(eval(expr)))
    except (OverflowError, MemoryError) as e:
        print(expr, type(e).__name__, e)
x = [1, 2]
try:
    x *= 2**65
except OverflowError as e:
    print("inplace", e, x)
y = [1, 2]
z = y
y *= 3
print(y, z is y)
try:
    y *= 10**12
except MemoryError:
    print("MemoryError", len(y))
y *= 0
print(y, z)
