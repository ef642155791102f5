# `x is None` / `x is not None` where x is a number in a traced loop: a constant (a number is
# never None), valid under the type guard that made x a number; a None mid-loop exits there.


def count_set(xs):
    n = 0
    total = 0.0
    for x in xs:
        if x is not None:
            n += 1
            total += x
    return n, total


def first_none(xs):
    i = 0
    while i < len(xs):
        if xs[i] is None:
            return i
        i += 1
    return -1


def flags(xs):
    hits = 0
    for b in xs:
        if b is None:
            hits += 100
        elif b:
            hits += 1
    return hits


print(count_set([1.5] * 500 + [None] + [2.5] * 300 + [None, 7]))
print(count_set([3] * 400 + [None] * 3 + [1.25] * 10))
print(first_none(list(range(900)) + [None]))
print(first_none([0.5] * 700))
print(flags([True, False] * 300 + [None] + [True] * 5))
