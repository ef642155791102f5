# Subscripts, stores into lists, for loops over lists and tuples, and tuple unpacking in
# traced loops; element types change halfway through.


def sum_list(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


def sum_neg(xs):
    s = 0
    for i in range(1, len(xs) + 1):
        s += xs[-i] * i
    return s


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs[:5], xs[-1]


def iterate(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


def iterate_tuple(t):
    s = 0
    for x in t:
        s += x * 2
    return s


def unpack(pairs):
    s = 0.0
    for a, b in pairs:
        s += a * b
    for a, b, c in [(1, 2, 3)] * 300:
        s += a + b - c
    return s


def type_change(xs):
    s = 0
    try:
        for x in xs:
            s += x
    except TypeError as e:
        return s, str(e)
    return s


def store_change(xs):
    try:
        for i in range(len(xs)):
            xs[i] = xs[i] + 1
    except TypeError as e:
        return xs[295:305], xs[-3:], str(e)


def index_caught(xs):
    s = 0
    try:
        for i in range(len(xs) + 5):
            s += xs[i]
    except IndexError as e:
        return s, str(e)


def unpack_wrong(items):
    s = 0
    try:
        for a, b in items:
            s += a - b
    except ValueError as e:
        return s, str(e)


def nested_lists(grid):
    s = 0
    for row in grid:
        for i in range(len(row)):
            s += row[i] * i
    return s


def grow_midway(xs):
    s = 0
    for i in range(1000):
        s += xs[i % len(xs)]
        if i == 500:
            xs.append(100)
    return s


print(sum_list(list(range(1000))))
print(sum_neg(list(range(1000))))
print(scale([float(i) for i in range(1000)], 0.5))
print(iterate([i * 0.25 for i in range(1000)]))
print(iterate_tuple(tuple(range(1000))))
print(unpack([(i, i * 0.5) for i in range(1000)]))
print(type_change(list(range(500)) + [0.5] * 100 + ["x"] + list(range(10))))
print(store_change(list(range(300)) + [0.5] * 100 + [[1]] + list(range(10))))
print(store_change(list(range(300)) + [0.5] * 100 + ["s"] + list(range(10))))
print(index_caught(list(range(700))))
print(unpack_wrong([(i, 1) for i in range(500)] + [(1, 2, 3)]))
print(nested_lists([list(range(i % 7 + 300)) for i in range(20)]))
print(grow_midway([1, 2, 3]))
