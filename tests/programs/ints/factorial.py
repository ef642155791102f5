# Factorials, iterative and recursive, well into big-int territory.
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


for n in range(0, 31):
    a = fact_iter(n)
    b = fact_rec(n)
    print(n, a, a == b)
print(fact_iter(30))
print(fact_iter(50))
print(fact_iter(100) // fact_iter(98))
f = fact_iter(60)
zeros = 0
while f % 10 == 0:
    f //= 10
    zeros += 1
print("trailing zeros of 60!:", zeros)
print(fact_iter(25) // fact_iter(20) // fact_iter(5))
print(-fact_iter(22), fact_iter(21) - fact_iter(22))
