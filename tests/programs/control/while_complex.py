# While loops with compound conditions.
a, b = 0, 1000
steps = 0
while a < b and (b - a) > 3 and not (a % 17 == 0 and a > 0):
    a += 7
    b -= 11
    steps += 1
print(a, b, steps)
i = 0
data = [5, 3, 8, 0, 9, 2, 0, 7]
while i < len(data) and data[i] != 0 or i < 2:
    i += 1
print(i)
lo, hi = 0, 10 ** 12
target = 123456789
while lo < hi:
    mid = (lo + hi) // 2
    if mid * mid < target:
        lo = mid + 1
    else:
        hi = mid
print(lo, lo * lo >= target, (lo - 1) ** 2 < target)
x, y = 1, 1
while x < 10 ** 6 or y < 10 ** 5:
    x, y = x + y, x
print(x, y)
