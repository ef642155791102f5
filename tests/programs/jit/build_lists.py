# BuildList / BuildTuple / ListAppend in traces: small lists and tuples, longer lists, lists
# of objects, comprehensions appending numbers and objects, a built tuple kept across
# iterations, and built containers on the stack at an exit.


class V:
    def __init__(self, x):
        self.x = x


def small(n):
    out = []
    acc = 0
    for i in range(n):
        t = (i, i + 1)
        l = [i, 2.5, t, None]
        e = []
        p = [i]
        out.append(l)
        acc += len(t) + len(e) + len(p) + t[1]
    return acc, len(out), out[-1]


def five(n):
    rows = []
    for i in range(n):
        rows.append([i, i * 2, i * 3, float(i), "s"])
    return rows[-1], sum(r[1] for r in rows)


def objects(n):
    vs = [V(j) for j in range(10)]
    acc = 0
    for i in range(n):
        pair = (vs[i % 10], vs[(i + 1) % 10])
        acc += pair[0].x + pair[1].x
        trio = [V(i), V(i + 1), pair]
        acc += trio[1].x - trio[0].x
    return acc


def carried(n):
    t = (0, 0)
    for i in range(n):
        t = (t[1], i)
    return t


def comprehensions(n):
    total = 0
    last = None
    for i in range(n):
        xs = [j * 2 for j in range(i % 9)]
        ys = [V(j) for j in xs]
        zs = [(a, a + 1) for a in xs]
        total += sum(xs) + len(ys) + len(zs)
        last = zs
    return total, last


def exit_with_built(n):
    out = []
    for i in range(n):
        # The division raises at the last iteration, with the list and the tuple built
        # so far on the stack.
        try:
            out.append(([i, i + 1], (i, 10 // (n - 1 - i))))
        except ZeroDivisionError:
            out.append("zero")
    return len(out), out[-2], out[-1]


def mixed_types(n):
    acc = []
    for i in range(n):
        x = i if i < n // 2 else i * 0.5
        acc.append([x, x])
    return acc[0], acc[-1]


print(small(1000))
print(five(500))
print(objects(800))
print(carried(1000))
print(comprehensions(600))
print(exit_with_built(500))
print(mixed_types(600))
