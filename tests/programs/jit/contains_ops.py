# `in` / `not in` in traces: each container type, type changes mid-loop, items whose
# equality runs Python code, and keys that cannot be hashed.


def each_container(n):
    s = {1, 2, 3}
    fs = frozenset([7])
    l = [4, 5, 6, 2.0]
    t = (7, 8, "x")
    d = {9: 1, (1, 2): 0}
    st = "abcdef"
    c = [0] * 8
    for i in range(n):
        k = i % 10
        if k in s:
            c[0] += 1
        if k in l:
            c[1] += 1
        if k not in t:
            c[2] += 1
        if k in d:
            c[3] += 1
        if (k, k + 1) in d:
            c[4] += 1
        if "cd" in st:
            c[5] += 1
        if k * 0.5 in l:
            c[6] += 1
        if True in l or None in l:
            c[7] += 1
    return c


def container_changes_type(n):
    containers = [[1, 2, 3], {1, 2, 3}, (1, 2, 3), {1: 0, 2: 0, 3: 0}, [1.0, 2.0]]
    hits = 0
    for i in range(n):
        box = containers[(i // 100) % 5]
        if i % 4 in box:
            hits += 1
    strs = ["123", ["1", "2"], ("1",)]
    for i in range(n):
        box = strs[(i // 100) % 3]
        if str(i % 3) in box:
            hits += 1
    return hits


def item_changes_type(n):
    s = {1, 2, "a", 2.5, (1, "a")}
    hits = 0
    items = [1, "a", 2.5, (1, "a"), None, 3]
    for i in range(n):
        if items[(i // 50) % 6] in s:
            hits += 1
    return hits


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls += 1
        return self.v == other

    def __hash__(self):
        return hash(self.v)


def python_equality(n):
    l = [10, 20, 30]
    s = {10, 20}
    hits = 0
    for i in range(n):
        if i % 40 in l:
            hits += 1
        if i % 40 in s:
            hits += 1
        if i == n // 2:
            l.append(Eq(5))
            s.add(Eq(5))
    return hits, Eq.calls


class Boom:
    def __eq__(self, other):
        raise ValueError("boom")

    def __hash__(self):
        return 5


def equality_raises(n):
    l = [1, 2]
    hits = 0
    try:
        for i in range(n):
            if i % 3 in l:
                hits += 1
            if i == 300:
                l.append(Boom())
    except ValueError as e:
        print("ValueError", e, hits)
    s = {1, 2}
    try:
        for i in range(n):
            if i % 7 in s:
                hits += 1
            if i == 300:
                s.add(Boom())
    except ValueError as e:
        print("ValueError", e, hits)


def unhashable(n):
    s = {1, 2}
    d = {3: 4}
    x = 1
    c = 0
    try:
        for i in range(n):
            if i == 300:
                x = [1]
            if x in s:
                c += 1
    except TypeError as e:
        print("TypeError", e, c)
    y = (1, 2)
    try:
        for i in range(n):
            if i == 300:
                y = (1, [2])
            if y in d:
                c += 1
    except TypeError as e:
        print("TypeError", e, c)
    st = "abc"
    z = "b"
    try:
        for i in range(n):
            if i == 300:
                z = 1
            if z in st:
                c += 1
    except TypeError as e:
        print("TypeError", e, c)


def mutated_while_looping(n):
    seen = set()
    order = []
    for i in range(n):
        k = (i * 7) % 50
        if k not in seen:
            seen.add(k)
            order.append(k)
    return len(order), order[:10]


print(each_container(1000))
print(container_changes_type(1000))
print(item_changes_type(1000))
print(python_equality(400))
equality_raises(1000)
unhashable(1000)
print(mutated_while_looping(1000))
