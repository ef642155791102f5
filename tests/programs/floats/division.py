# True division always produces floats.
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 0 / 5, -0 / 5, 0 / -5)
print(2 ** 70 / 3, 2 ** 70 / 2 ** 69, 10 ** 30 / 10 ** 10, 10 ** 23 / 1)
print(1 / 7, 22 / 7, 355 / 113, 1e300 / 1e-10)
print(float(2 ** 70), float(2 ** 70) / 3)
print(7.0 / 2, 7 / 2.0, True / 4, 3 / True)
print((2 ** 100 + 1) / 2 ** 100, (10 ** 400) / (10 ** 399))
print(1 / 2 ** 100, -(10 ** 50) / 3)
print(type(6 / 3), 6 / 3 == 2, 6 / 3)
x = 1
for i in range(1, 16):
    x = x / 3 + i
    print(i, x)
print(123456789 / 1000, 1 / 1024, 5 / 8)
