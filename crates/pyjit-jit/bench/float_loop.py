# A float recurrence in a while loop, 10**7 iterations
def g(n):
    x = 0.0
    y = 1.0
    i = 0
    while i < n:
        x = x * 0.999 + y / (i + 1)
        y = y * 0.5 + 0.25
        i += 1
    return x, y


print(g(10 ** 7))
