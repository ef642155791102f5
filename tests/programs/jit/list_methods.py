# list.pop / insert / remove / index in traces: results, type changes mid-loop, the
# exceptions they raise mid-loop, aliasing (one list through two names) and `len` in loops
# that resize lists.


def worklist(n):
    # go's `group`: `while i < len(stones)` over a list the loop appends to.
    stones = [0]
    seen = {0}
    i = 0
    while i < len(stones):
        p = stones[i]
        i += 1
        for q in (p + 1, p + 7):
            if q < n and q not in seen:
                seen.add(q)
                stones.append(q)
    return len(stones), sum(stones)


def fifo(n):
    todo = [1]
    total = 0
    steps = 0
    while todo:
        v = todo.pop(0)
        total += v
        steps += 1
        if v < n:
            todo.append(v * 2)
            todo.append(v * 2 + 1)
    return steps, total


def pops(n):
    xs = list(range(n))
    a = b = c = 0
    while len(xs) > 3:
        a += xs.pop()
        b += xs.pop(1)
        c += xs.pop(-2)
    return a, b, c, xs


def aliasing(n):
    xs = list(range(n))
    ys = xs
    t = 0
    k = 0
    while xs:
        t += xs.pop() * 3
        if ys:
            t -= ys.pop(0)
        k += len(xs) + len(ys)
    return t, k, xs is ys


def len_after_resize(n):
    xs = [1, 2, 3]
    out = 0
    for i in range(n):
        out += len(xs)
        xs.append(i)
        out += len(xs)
        if len(xs) > 10:
            xs.pop(0)
            xs.pop()
        out += len(xs)
    return out, xs


def iterate_while_appending(n):
    xs = [0]
    for x in xs:
        if x < n:
            xs.append(x + 1)
    return len(xs)


def inserts(n):
    xs = []
    for i in range(n):
        xs.insert(i % 5 - 2, i)
        if i % 7 == 0:
            xs.insert(1000, -i)
        if i % 11 == 0:
            xs.insert(-1000, "s")
    return len(xs), xs[:12], xs[-5:]


def removes(n):
    xs = list(range(20)) * 3
    names = ["a", "b", "c", "a", "b"]
    t = 0
    for i in range(n):
        k = i % 20
        t += xs.index(k)
        xs.remove(k)
        xs.append(k)
        s = names[i % 5]
        t += names.index(s)
        names.remove(s)
        names.append(s)
    return t, xs[:10], names


def type_changes(n):
    xs = [1] * 300 + [2.5] * 300 + ["s", None, (1, 2), 3] * (n // 4 + 2)
    out = []
    for i in range(n):
        v = xs.pop(0)
        out.append(v)
    return "".join(type(v).__name__[0] for v in out[::37]), len(out)


def pop_empty(n):
    xs = list(range(n // 2))
    t = 0
    try:
        for i in range(n):
            t += xs.pop()
    except IndexError as e:
        print("IndexError", e, t, i)
    ys = list(range(n))
    try:
        for i in range(n):
            t += ys.pop(n - 2 * i)
    except IndexError as e:
        print("IndexError", e, t, i, len(ys))


def remove_missing(n):
    xs = list(range(n // 2))
    try:
        for i in range(n):
            xs.remove(i)
    except ValueError as e:
        print("ValueError", e, i, xs)
    ys = list(range(n // 3))
    try:
        t = 0
        for i in range(n):
            t += ys.index(i)
    except ValueError as e:
        print("ValueError", e, i, t)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, int) and other % 100 == self.v


def remove_with_eq(n):
    # An item with `__eq__` in the list: the interpreter compares.
    xs = list(range(50))
    t = 0
    for i in range(n):
        if i == n // 2:
            xs.insert(0, Eq(7))
        k = i % 50
        t += xs.index(k)
    return t


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def pop_finalizer(n):
    xs = [Noisy(i) for i in range(3)]
    for i in range(n):
        if i < 3:
            xs.pop()
            print("popped", i)
    print("end")


def repeat(n):
    t = 0
    for i in range(n):
        row = [0] * (i % 5)
        t += len(row)
        row2 = [1, 2] * 3
        t += row2[i % 6]
        t += len([i] * -1)
    return t


print(worklist(500))
print(fifo(300))
print(pops(1500))
print(aliasing(1000))
print(len_after_resize(400))
print(iterate_while_appending(500))
print(inserts(400))
print(removes(400))
print(type_changes(1000))
pop_empty(1000)
remove_missing(1000)
print(remove_with_eq(600))
pop_finalizer(400)
print(repeat(400))
