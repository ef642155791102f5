# `return` from inside `for` loops (iterators left on the stack), `try/finally` and `with`.


def find(items, x):
    for i, v in enumerate(items):
        for j in range(3):
            if v == x and j == 1:
                return i, j
    return None


print(find([3, 4, 5], 5), find([1], 2))


def gen(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("gen closed")


def first_over(log, limit):
    for v in gen(log):
        if v > limit:
            log.append("returning %d" % v)
            return v
    return -1


log = []
print(first_over(log, 3), log)


def deep_loop_return(n):
    for i in range(5):
        if i == 2:
            if n == 0:
                return "bottom"
            return deep_loop_return(n - 1) + "<" + str(n)
    return "no"


print(deep_loop_return(4))


def fin_return(log):
    for i in range(3):
        try:
            if i == 1:
                return helper(i, log)
        finally:
            log.append("finally %d" % i)


def helper(i, log):
    log.append("helper %d" % i)
    return i * 10


log = []
print(fin_return(log), log)


def fin_override():
    try:
        return helper(1, [])
    finally:
        return "finally wins"


print(fin_override())


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *a):
        self.log.append("exit")
        return False


def with_return(log):
    with Ctx(log):
        for x in [1, 2, 3]:
            if x == 2:
                return helper(x, log)


log = []
print(with_return(log), log)


def while_return(n):
    while True:
        n -= 1
        if n < 3:
            return sq(n)


def sq(x):
    return x * x


print([while_return(k) for k in range(5, 10)])
