# Calls of small Python functions inlined into traces; a guard failing inside the callee
# restarts the call in the interpreter; the callee redefined halfway through.
import math


def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a_entry(i, j) * v[j]
        out[i] = total


def square(x):
    return x * x


def hyp(a, b):
    return math.sqrt(square(a) + square(b))


def branchy(x):
    if x > 100:
        return x - 100
    return x * 2


def use_nested(n):
    s = 0.0
    for i in range(n):
        s += hyp(i, 2.0)
    return round(s, 6)


def use_branchy(n):
    s = 0
    for i in range(n):
        s += branchy(i % 200)
    return s


def helper(x):
    return x + 1


def redefine_midway(n):
    global helper
    s = 0
    for i in range(n):
        s += helper(i)
        if i == n // 2:
            def helper(x):
                return x * 1000
    return s


def overflow_inside(x):
    return x * x


def use_overflow(n):
    s = 0
    for i in range(n):
        s += overflow_inside(i + 3037000000)
    return s


def maybe_div(a, b):
    return a // b


def zero_div_caught(n):
    s = 0
    try:
        for i in range(n, -5, -1):
            s += maybe_div(1000, i)
    except ZeroDivisionError as e:
        return s, str(e)


v = [1.0] * 60
out = [0.0] * 60
mul_av(v, out)
print([round(x, 9) for x in out[:5]])
print(use_nested(1000))
print(use_branchy(1000))
print(redefine_midway(1000))
print(use_overflow(300))
print(zero_div_caught(600))
