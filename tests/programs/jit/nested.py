# Nested loops: the inner loop is compiled, the outer one keeps re-entering it.


def matrix_sum(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j - j
    return total


def triangle(n):
    count = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            count += (i ^ j) & 3
            j += 1
        i += 1
    return count


def mixed_nest(n):
    acc = 0.0
    for i in range(n):
        k = i
        while k > 0:
            acc += k * 0.5
            k //= 2
    return acc


def three_deep(n):
    c = 0
    for a in range(n):
        for b in range(a):
            for d in range(b):
                c += 1
    return c


print(matrix_sum(3, 4), matrix_sum(50, 70), matrix_sum(7, 1000))
print(triangle(10), triangle(300))
print(mixed_nest(10), mixed_nest(2000))
print(three_deep(5), three_deep(40))
