# Left and right shifts, including big results and negative operands.
print(1 << 100)
print(1 << 63, 1 << 64, (1 << 63) - 1)
print(-1 << 70, -5 << 3, 5 << 0)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 5, -1 >> 100, -7 >> 1)
big = 3 ** 100
print(big >> 50, big >> 200, -big >> 50, big << 10)
x = 1
for i in range(0, 130, 13):
    print(i, x << i, (x << i) >> (i // 2), -(x << i) >> 3)
v = 0xDEADBEEF
print(v >> 16, (v >> 8) & 0xFF, v << 32, (v << 32) >> 32 == v)
print(2 ** 200 >> 199, (2 ** 200 + 1) >> 1 == 2 ** 199)
n = 1
steps = 0
while n < 10 ** 40:
    n <<= 3
    steps += 1
print(steps, n)
while n > 1:
    n >>= 5
    steps -= 1
print(steps, n)
