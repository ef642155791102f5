# Residual calls of functions that run loops: the callee's loops run their own compiled
# traces inside the call the caller's trace makes (the JIT is re-entered), with the same
# results, exceptions and tracebacks as the interpreter.


def total(k):
    s = 0
    for j in range(k):
        s += j * 3 % 7
    return s


def caller(n):
    t = 0
    for i in range(n):
        t += total(i % 40)
    return t


# Two deep: the inner trace (of `middle`) calls `inner`, whose loop has a trace too.
def inner(k):
    s = 0
    j = 0
    while j < k:
        s += j
        j += 1
    return s


def middle(k):
    s = 0
    for j in range(k):
        s += inner(j % 9) + 1
    return s


def outer(n):
    t = 0
    for i in range(n):
        t += middle(i % 12)
    return t


# Guards of the nested trace fail: some lists have a float in the middle, and after a while
# they are all floats.
def mixed_sum(items):
    s = 0
    for x in items:
        s += x
    return s


def guard_caller(n):
    ints = list(range(20))
    one_float = list(range(10)) + [0.25] + list(range(9))
    floats = [x + 0.5 for x in range(20)]
    t = 0
    for i in range(n):
        if i >= 300:
            t += mixed_sum(floats)
        elif i % 5 == 0:
            t += mixed_sum(one_float)
        else:
            t += mixed_sum(ints)
    return t


# An exception raised inside the nested trace (an index past the end), caught by the
# caller's handler outside its loop, and one caught inside the caller's loop.
def pick(data, k):
    s = 0
    for j in range(k):
        s += data[j]
    return s


def catch_outside(n):
    data = list(range(50))
    t = 0
    try:
        for i in range(n):
            t += pick(data, i % 60)
    except IndexError as e:
        print("caught outside", e, t)
    return t


def catch_inside(n):
    data = list(range(30))
    t = 0
    errors = 0
    for i in range(n):
        try:
            t += pick(data, i % 40)
        except IndexError:
            errors += 1
    return t, errors


# The callee's loop is the caller's own (recursion): the running trace is not entered again.
def walk(depth, width):
    s = 0
    for j in range(width):
        s += j
        if depth > 0 and j == width - 1:
            s += walk(depth - 1, width)
    return s


def walker(n):
    t = 0
    for i in range(n):
        t += walk(i % 4, 30)
    return t


print(caller(500))
print(outer(300))
print(guard_caller(400))
print(catch_outside(200))
print(catch_inside(400))
print(walker(300))
