# Fibonacci numbers with big ints, several algorithms.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


for n in [0, 1, 2, 10, 50, 92, 93, 94, 100, 200]:
    print(n, fib_iter(n))
print(fib_iter(1000) == fib_doubling(1000)[0])
f1000 = fib_iter(1000)
print(len(str(f1000)), str(f1000)[:15], str(f1000)[-15:])
for n in range(0, 500, 7):
    fib_memo(n)
print(fib_memo(490) == fib_iter(490), len(memo))
print(fib_doubling(10000)[0] % 10 ** 20)
first_with = {}
a, b = 0, 1
i = 0
while len(first_with) < 30:
    digits = len(str(a))
    if digits not in first_with:
        first_with[digits] = i
    a, b = b, a + b
    i += 1
print(first_with)
even_sum = 0
a, b = 1, 2
while a < 10 ** 30:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print(even_sum)
ratio = fib_iter(101) / fib_iter(100)
print(ratio, (1 + 5 ** 0.5) / 2)
