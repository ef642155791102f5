# Square roots without math: x ** 0.5, and Newton's method.
for x in [0, 1, 2, 4, 9, 10, 16.0, 0.25, 1e10, 2 ** 60, 12345]:
    print(x, x ** 0.5)
print(2 ** 0.5, 2.0 ** -2, (-8) ** 2.0, 0.0 ** 0, 10.0 ** 308, 4 ** 0.5, 1.0 ** 1e10)
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2)
print(8 ** (1 / 3), 1000 ** (1 / 3), 10 ** 0.5, 1e-300 ** 0.5)


def newton_sqrt(n):
    x = n
    for i in range(60):
        nx = (x + n / x) / 2
        if nx == x:
            break
        x = nx
    return x


for n in [2, 3, 10, 100, 1e6, 0.5]:
    print(n, newton_sqrt(n), newton_sqrt(n) == n ** 0.5)


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 50 + 12345]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
