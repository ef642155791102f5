# Mutual recursion across plain functions, methods, defaults and closures.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(800), is_odd(801), is_even(7))


class Walker:
    def __init__(self, limit):
        self.limit = limit

    def left(self, n, path=""):
        if n >= self.limit:
            return path
        return self.right(n + 1, path + "L")

    def right(self, n, path=""):
        if n >= self.limit:
            return path
        return self.left(n + 1, path + "R")


print(Walker(9).left(0))


def make_counter():
    count = 0

    def step(n):
        nonlocal count
        count += 1
        if n > 0:
            return step(n - 1) + 1
        return 0

    def get():
        return count

    return step, get


step, get = make_counter()
print(step(50), get())


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(12, 8, 4))


def apply(f, n):
    return f(n)


def twice(n):
    if n <= 0:
        return 1
    return apply(twice, n - 1) * 2


print(twice(20))


def with_defaults(a, b=2, c=3):
    if a <= 0:
        return b + c
    return with_defaults(a - 1, c) + with_defaults(a - 1)


print(with_defaults(6))
