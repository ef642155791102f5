# List creation, indexing, slicing and operators.
a = [10, 20, 30, 40, 50]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[-2:], a[:-2], a[10:])
print(a + [60], a * 2, [0] * 5, [] * 3, 30 in a, 35 in a, 35 not in a)
b = list(range(10))
print(b[2:8:2], b[8:2:-2], b[::-3], b[-1:-5:-1], b[3:3])
print([], [[]], [1, [2, [3, [4]]]], list("abc"), list((1, 2)), list(range(3, 0, -1)))
c = a[:]
c[0] = 99
print(a, c, a is c, a == [10, 20, 30, 40, 50])
a[1] = "twenty"
a[-1] = None
print(a, len(a))
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1], nested[-1][-1])
total = 0
for v in b:
    total += v
print(total, sum(b), max(b), min(b))
