# Hot loops inside frames the interpreter entered without recursing: traces are recorded
# and run there, recording starts and stops inside such frames, and they return, raise and
# call further functions from inside their loops.


def inner_sum(n):
    s = 0
    for i in range(n):
        s += i * 2
    return s


def middle(n):
    total = 0
    for k in range(n):
        total += inner_sum(k)
    return total


def top(n):
    return middle(n) + middle(n // 2)


print(top(60))


def loop_then_return_early(n):
    i = 0
    while True:
        i += 1
        if i * i > n:
            return i


print([loop_then_return_early(k) for k in range(0, 400, 37)])


def recursive_with_loop(depth):
    acc = 0
    for i in range(50):
        acc += i & depth
    if depth > 0:
        acc += recursive_with_loop(depth - 1)
    return acc


print(recursive_with_loop(30))


def raising_in_loop(n, bad):
    t = 0
    for i in range(n):
        if i == bad:
            raise ValueError("bad %d" % i)
        t += i
    return t


def catch_all(n):
    out = []
    for bad in (n + 1, n // 2, 3):
        try:
            out.append(raising_in_loop(n, bad))
        except ValueError as e:
            out.append(str(e))
    return out


print(catch_all(100))


class Acc:
    def __init__(self):
        self.v = 0

    def add(self, x):
        self.v += x
        return self.v


def method_loop(n):
    a = Acc()
    last = 0
    for i in range(n):
        last = a.add(i)
    return last


def calls_method_loop(reps):
    return [method_loop(200 + r) for r in range(reps)]


print(calls_method_loop(4))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_loop(n):
    out = []
    i = 0
    while i < n:
        out.append(fib(i))
        i += 1
    return out


print(fib_loop(18))


def gen_in_loop(n):
    def g(m):
        for j in range(m):
            yield j * j

    t = 0
    for i in range(n):
        for v in g(i % 7):
            t += v
    return t


print(gen_in_loop(200))


def nested_returns(n):
    for i in range(n):
        for j in range(n):
            if i * j == 42:
                return (i, j)
    return None


def driver():
    return [nested_returns(m) for m in range(5, 12)]


print(driver())
