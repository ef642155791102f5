# LoadDeref / StoreDeref in traces: comprehensions reading the enclosing function's
# locals, a loop reading a variable an inner function rebinds (nonlocal), a loop storing
# into a cell, and a cell whose content changes type mid-loop.


def scaled(xs, k, off):
    # `k` and `off` are free variables of the comprehension.
    return [x * k + off for x in xs]


def nested_objects(n):
    class P:
        def __init__(self, v):
            self.v = v

    base = P(3)
    out = []
    for i in range(n):
        out.append(sum([base.v * j for j in range(i % 7)]))
    return sum(out), len(out)


def rebound_by_inner(n):
    step = 2
    acc = 0

    def bump():
        nonlocal step
        step += 1

    for i in range(n):
        acc += step
        if i % 100 == 99:
            bump()
    return acc, step


def stored_in_loop(n):
    last = 0
    total = 0

    def peek():
        return last

    for i in range(n):
        last = i * 2
        total += last
        if i % 250 == 0:
            total += peek()
    return total, last, peek()


def type_change(n):
    k = 1
    got = []
    for i in range(n):
        got.append(sum([k for _ in range(3)]))
        if i == n // 2:
            k = 0.5
    return sum(got), got[0], got[-1]


def object_cell(n):
    names = ["a", "b", "c"]
    tags = []

    def add(t):
        tags.append(t)

    for i in range(n):
        if i % 3 == 0:
            add(names[i % 3])
        s = [names[j % 3] for j in range(i % 4)]
        if i == n - 1:
            print(s)
    return len(tags)


def rebind_object_cell(n):
    cur = [0]

    def swap():
        nonlocal cur
        cur = [len(cur) + 1, 0]

    total = 0
    for i in range(n):
        total += len(cur)
        if i % 50 == 49:
            swap()
    return total, cur


print(scaled([1, 2, 3, 4, 5] * 100, 3, 1)[-5:])
print(scaled([1.5, 2.5] * 300, 2, 0.25)[:4])
print(sum(scaled(list(range(1000)), 7, -3)))
print(nested_objects(600))
print(rebound_by_inner(1000))
print(stored_in_loop(1000))
print(type_change(400))
print(object_cell(500))
print(rebind_object_cell(400))
