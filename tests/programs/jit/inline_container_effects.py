# Inlined calls that change a list or set, then take an exit that would restart the call
# (which must not append or pop twice): directly in the outermost call, in a nested call,
# and in a special method.


def add(xs, ys, v):
    xs.append(v)
    return ys[0] + 1


def direct(n):
    xs = []
    ys = [1]
    t = 0
    for i in range(n):
        t += add(xs, ys, i)
        if i == n // 2:
            ys[0] = 2.5
    return len(xs), t


def take(xs, ys):
    v = xs.pop()
    return v + ys[0]


def outer(xs, ys):
    return take(xs, ys) * 2


def nested(n):
    xs = list(range(n))
    ys = [1]
    t = 0
    for i in range(n):
        t += outer(xs, ys)
        if i == n // 3:
            ys[0] = 0.5
    return len(xs), t


def mark(s, k, ys):
    s.add(k)
    s.discard(k + 1000)
    return ys[0]


def sets(n):
    s = set()
    ys = [1]
    t = 0
    for i in range(n):
        t += mark(s, i % 50, ys)
        if i == n // 2:
            ys[0] = 1.5
    return len(s), t


class Acc:
    def __init__(self, log, k):
        self.log = log
        self.k = k

    def __add__(self, v):
        self.log.append(v)
        return self.k[0] + v


def dunder(n):
    log = []
    k = [1]
    a = Acc(log, k)
    t = 0
    for i in range(n):
        t += a + i
        if i == n // 2:
            k[0] = 0.25
    return len(log), t


print(direct(1000))
print(nested(1000))
print(sets(1000))
print(dunder(1000))
