# The result of a residual call changes type mid-loop: the trace checks it and, when it has
# another type, goes on in the interpreter after the call with the result (the call is not
# made again).

CALLS = [0]


def produce(i):
    CALLS[0] += 1
    if i < 300:
        return i
    if i < 350:
        return i * 0.5
    if i < 400:
        return True
    return -i


def numbers():
    total = 0.0
    for i in range(450):
        total += produce(i) * 2
    return total, CALLS[0]


class P:
    def __init__(self, x):
        self.x = x


def maybe(i, k=3):
    if i % k == 0 or i > 400:
        return None
    return P(i)


def objects_or_none():
    n = 0
    s = 0
    for i in range(500):
        r = maybe(i)
        if r is not None:
            s += r.x
        else:
            n += 1
    return n, s


def truth(i, k=3):
    return i % k == 0


def bools():
    n = 0
    for i in range(500):
        if truth(i):
            n += 1
    return n


print(numbers())
print(objects_or_none())
print(bools())
