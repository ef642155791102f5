# break / continue / for-else / while-else in compiled loops.


def first_multiple(n, k):
    for i in range(1, n):
        if i % k == 0 and i > 1000:
            break
    else:
        return -1
    return i


def skip_some(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i % 7 == 0:
            total -= i
            continue
        total += i
    return total


def while_break(n):
    i = 0
    s = 0
    while True:
        i += 1
        if i > n:
            break
        s += i * i
    return s, i


def while_else(n):
    i = n
    while i > 0:
        i -= 3
        if i == 1:
            break
    else:
        return "else", i
    return "break", i


for n in (10, 2000, 10000):
    print(first_multiple(n, 97), skip_some(n), while_break(n), while_else(n), while_else(n + 1))
