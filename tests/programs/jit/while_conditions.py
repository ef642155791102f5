# while loops with compound conditions: and/or/not, chained comparisons, truthiness of ints
# and floats.


def chained(n):
    i = 0
    hits = 0
    while 0 <= i < n:
        if 10 < i <= 20 or i == n - 1:
            hits += 1
        i += 1
    return hits, i


def and_or(n):
    a = 0
    b = n
    steps = 0
    while a < b and (b - a > 3 or steps % 2 == 0) and not (a == 500 and b < 0):
        a += 2
        b -= 1
        steps += 1
    return a, b, steps


def truthy(n):
    x = n
    f = 3.5
    c = 0
    while x:
        x -= 1
        if f:
            c += 1
        if x % 100 == 0:
            f = 0.0
        if x % 150 == 0:
            f = 2.0
    return c


def value_or(n):
    total = 0
    for i in range(n):
        total += (i % 3 and i) or 7
        total += (i > 5 and 2) or 1
    return total


def float_cond(n):
    x = 1.0
    k = 0
    while x < n and x == x:
        x = x * 1.5 + 0.1
        k += 1
    return x, k


for n in (0, 7, 100, 3000):
    print(chained(n), and_or(n), truthy(n), value_or(n), float_cond(n))
