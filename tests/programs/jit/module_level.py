# Loops at module level use globals, which traces do not support yet: recording aborts and
# the interpreter runs them. Output must not change.
total = 0
for i in range(20000):
    total += i % 11
print(total)

j = 0
acc = 0.0
while j < 5000:
    acc += j / 2
    j += 1
print(acc, j)


def gen(n):
    for i in range(n):
        if i % 1000 == 0:
            yield i


print(list(gen(10000)))


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def rec(n):
    if n == 0:
        return 0
    s = 0
    for i in range(1500):
        s += i
    return s + rec(n - 1)


print(fact(30), fact(100) % 1000000007, rec(20))
