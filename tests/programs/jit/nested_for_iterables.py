# Inner `for` loops over lists and tuples, sibling inner loops (nbody's shape), objects in
# locals, an inner iterable that changes type (list, tuple, generator, string), and an
# iterator shared with the loop body.


class Body:
    def __init__(self, x):
        self.x = x
        self.v = 0.0


def sweep(bodies, pairs, steps):
    for _ in range(steps):
        for a, b in pairs:
            d = a.x - b.x
            a.v -= d * 0.01
            b.v += d * 0.01
        for b in bodies:
            b.x += b.v * 0.1
    return [round(b.x, 6) for b in bodies]


def changing(n):
    total = 0
    for i in range(n):
        if i < n // 2:
            xs = [1, 2, 3, i]
        elif i < n - 20:
            xs = (4, 5, i)
        elif i < n - 10:
            xs = (k for k in range(3))
        else:
            xs = "abc"
        for x in xs:
            total += x if not isinstance(x, str) else len(x)
    return total


def shared(n):
    out = []
    for i in range(n):
        it = iter(range(10))
        for a in it:
            if a == 3:
                out.append(next(it))
        out.append(sum(1 for _ in it))
    return sum(out), out[:4]


def shared_list(n):
    total = 0
    data = list(range(12))
    for i in range(n):
        it = iter(data)
        for a in it:
            total += a
            if a % 5 == 4:
                next(it, None)
    return total


def floats(n, xs):
    s = 0.0
    for k in range(n):
        for x in xs:
            s += x * k
        for x in xs:
            s -= x
    return s


bodies = [Body(float(i)) for i in range(5)]
pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
print(sweep(bodies, pairs, 400))
print(changing(300))
print(shared(300))
print(shared_list(300))
print(floats(400, [1.0, 2.5, 3.0]))
print(floats(400, ()))
