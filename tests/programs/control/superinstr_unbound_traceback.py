# An unbound local read by the second instruction of a fused pair (LoadFast LoadFast) on
# its own line: the traceback names that line.


def f(n):
    total = 0
    for i in range(n):
        if i > n:
            never = i
        total = total + i
    first = total
    return (first,
            never)


def g(n):
    return f(n) + 1


print(f.__name__)
g(3)
