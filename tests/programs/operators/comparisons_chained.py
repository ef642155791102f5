# Chained comparisons evaluate each operand at most once.
calls = []
def val(name, v):
    calls.append(name)
    return v
a, b, c = 1, 5, 10
print(a < b < c, a < c < b, c > b > a, a < b > a, a == 1 < b, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2)
print(val("x", 1) < val("y", 2) < val("z", 3), calls)
calls.clear()
print(val("x", 3) < val("y", 2) < val("z", 1), calls)
calls.clear()
print(val("p", 1) < val("q", 5) > val("r", 2) != val("s", 2), calls)
x = 7
print(0 <= x < 10, 0 <= x < 5, 10 > x >= 7, x == 7 == 7.0, 1 < x != 7)
print(1 < 2.5 < 3, "a" < "b" < "c", [1] < [2] < [3], (1,) < (1, 0) < (2,))
print(3 in [1, 2, 3] in [[1, 2, 3]], None is None is not False)
for i in range(-2, 13, 3):
    print(i, 0 < i < 10, 0 <= i <= 9 < 10, -1 < i > 5)
