# Matrix arithmetic with nested lists.
def zeros(n, m):
    out = []
    for i in range(n):
        out.append([0] * m)
    return out


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def matmul(a, b):
    n, k, m = len(a), len(b), len(b[0])
    out = zeros(n, m)
    for i in range(n):
        row = a[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += row[t] * b[t][j]
            out[i][j] = s
    return out


def transpose(a):
    out = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            out[j][i] = a[i][j]
    return out


def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result


def show(m):
    for row in m:
        print(" ".join(map(lambda v: str(v).rjust(6), row)))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
fib = matpow([[1, 1], [1, 0]], 100)
print("fib(100) =", fib[0][1])
print("fib(300) =", matpow([[1, 1], [1, 0]], 300)[0][1])
n = 20
big = zeros(n, n)
for i in range(n):
    for j in range(n):
        big[i][j] = (i * 7 + j * 3) % 11 - 5
sq = matmul(big, big)
trace = 0
for i in range(n):
    trace += sq[i][i]
print("trace:", trace, "corner:", sq[0][0], sq[n - 1][n - 1])
f = [[0.5, 0.25], [0.125, 1.5]]
print(matpow(f, 10))
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4) == identity(2), matpow(rot, 2))
