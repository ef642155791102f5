# A call's result replaces the callable on the caller's stack; errors leave the stack
# as the handler expects.
import math


class Box:
    def __init__(self, v, w=0):
        self.v = v + w

    def get(self, k=1):
        return self.v * k


def boom(x):
    if x > 2:
        raise ValueError("boom %d" % x)
    return x


def deep(n):
    return deep(n + 1)


def add(a, b=10):
    return a + b


total = 0
for i in range(6):
    b = Box(i, 1)
    total += add(i) + add(i, 2) + b.get() + b.get(3) + int(math.floor(i / 2))
    try:
        row = [i, "x", boom(i), add(boom(i - 1))]
        total += row[2] + row[3]
    except ValueError as e:
        print("caught", e, len([1, 2, 3]))
print(total)

try:
    deep(0)
except RecursionError:
    print("recursion error")
print(add(add(1), add(2, add(3))))


def outer():
    return [inner(j) for j in range(3)]


def inner(j):
    return (lambda k: k * j)(j + 1)


print(outer())
print(sorted([Box(3), Box(1), Box(2)], key=Box.get)[0].v)
