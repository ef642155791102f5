# A ZeroDivisionError inside an inlined function: the traceback shows the callee's frame.


def entry(i, j):
    s = i - j
    return 1.0 / s


def run(n):
    total = 0.0
    for j in range(n):
        total += entry(700, j)
    return total


print(round(run(600), 6))
print(run(1000))
