# Residual calls: a traced loop calls Python functions the recorder cannot inline
# (recursion, default arguments, `global` stores); the trace calls them through the
# interpreter and goes on with their result. A callee that runs a loop is not called that
# way (its loop keeps its own trace): those recordings abort, and the results must be the
# same either way.


def triangle(n):
    s = 0
    for i in range(n):
        s += i
    return s


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def scale(x, k):
    while x > 100:
        x = x // k
    return x * 0.5


class Counter:
    def __init__(self):
        self.n = 0
        self.log = []

    def add(self, k, times=2):
        self.n += k * times
        self.log.append(k)
        return self.n

    def bump(self, k):
        for _ in range(2):
            self.n += k
        self.log.append(k)
        return self.n


def loop_callee():
    total = 0
    for i in range(600):
        total += triangle(i % 9)
    return total


def recursive_callee():
    total = 0
    i = 0
    while i < 400:
        total += fib(i % 12)
        i += 1
    return total


def float_result():
    acc = 0.0
    for i in range(500):
        acc += scale(i * 37, 3)
    return acc


def method_callee():
    c = Counter()
    acc = 0
    for i in range(500):
        acc += c.bump(i) - c.n
        acc += c.n % 7
    return acc, c.n, len(c.log), c.log[-3:]


def clamp(x, lo=0, hi=50):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


CALLS = 0


def counted(x):
    global CALLS
    CALLS += 1
    return x % 5


def loop_free_callees():
    acc = 0
    for i in range(500):
        acc += clamp(i % 80 - 10) + counted(i)
    return acc, CALLS


def loop_free_method():
    c = Counter()
    acc = 0
    for i in range(500):
        acc += c.add(i) - c.n
        acc += c.n % 7
    return acc, c.n, len(c.log), c.log[-3:]


def weigh(a, b, c, d=0):
    return a * 9 + b * 3 + c + d


def three_loop_free():
    s = 0
    for i in range(400):
        s += weigh(i, i + 1, 2)
    return s


def three_args(a, b, c):
    r = 0
    for x in (a, b, c):
        r = r * 3 + x
    return r


def many_args():
    s = 0
    for i in range(400):
        s += three_args(i, i + 1, 2)
    return s


print(loop_callee())
print(recursive_callee())
print(float_result())
print(method_callee())
print(many_args())
print(loop_free_callees())
print(loop_free_method())
print(three_loop_free())
