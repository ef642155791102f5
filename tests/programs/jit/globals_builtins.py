# Globals, builtins and module attributes read inside traced loops, with guards that fail
# when a global is rebound halfway through a loop.
import math

SCALE = 2
OFFSET = 0.5


def use_globals(n):
    total = 0
    for i in range(n):
        total += i * SCALE
    return total


def rebind_midway(n):
    global SCALE
    total = 0
    for i in range(n):
        if i == n // 2:
            SCALE = 3
        total += i * SCALE
    SCALE = 2
    return total


def float_global(n):
    x = 0.0
    for i in range(n):
        x += OFFSET * i
    return x


def rebind_type(n):
    global OFFSET
    x = 0.0
    for i in range(n):
        if i == 300:
            OFFSET = 1
        if i == 600:
            OFFSET = "no"
            break
        x += OFFSET * i
    OFFSET = 0.5
    return x


def builtins_loop(n):
    s = 0
    f = 0.0
    for i in range(n):
        s += abs(i - 500) + min(i, 100) + max(i, 900) + int(i * 0.5)
        f += math.sqrt(i) + abs(0.5 - i) + float(i) + min(0.25, f) + max(f, -1.0)
    return s, round(f, 6)


def sqrt_domain(n):
    x = 0.0
    try:
        for i in range(n, -n, -1):
            x += math.sqrt(i)
    except ValueError as e:
        return round(x, 6), str(e)


def shadowed_builtin(n):
    s = 0
    for i in range(n):
        s += abs(i - 10)
        if i == 500:
            globals()["abs"] = lambda v: 1000
    del globals()["abs"]
    return s


def len_of(seq, n):
    s = 0
    for i in range(n):
        s += len(seq) + len((1, 2, 3))
    return s


def abs_overflow(n):
    x = -(2**63) + n
    out = 0
    for i in range(n + 1):
        out = abs(x)
        x -= 1
    return out


def int_of_float(n):
    s = 0
    x = 1.5
    try:
        for i in range(n):
            s += int(x)
            x *= 1.5
    except OverflowError as e:
        return s, str(e)
    return s


def math_replaced(n):
    s = 0.0
    real = math.sqrt
    for i in range(n):
        s += math.sqrt(4.0)
        if i == 400:
            math.sqrt = lambda v: 1.0
    math.sqrt = real
    return s


print(use_globals(1000))
print(rebind_midway(1000))
print(float_global(1000))
try:
    print(rebind_type(1000))
except TypeError as e:
    print("TypeError", e)
print(builtins_loop(1000))
print(sqrt_domain(500))
print(shadowed_builtin(1000))
print(len_of([1, 2, 3, 4], 1000))
print(abs_overflow(300))
print(int_of_float(2000))
print(math_replaced(1000))


def trig(n):
    s = 0.0
    for i in range(n):
        x = i * 0.01
        s += math.sin(x) * math.cos(x) + math.tan(x * 0.1) + math.atan(x) + math.exp(-x)
        s += math.tanh(x) + math.degrees(x) + math.radians(i)
    return round(s, 6)


def exp_overflow(n):
    s = 0.0
    try:
        for i in range(n):
            s += math.exp(i)
    except OverflowError as e:
        return round(s / 1e300, 6), str(e)


def asin_domain(n):
    s = 0.0
    try:
        for i in range(n):
            s += math.asin(i / 500)
    except ValueError as e:
        return round(s, 6), str(e)


print(trig(1000))
print(exp_overflow(1000))
print(asin_domain(1000))
