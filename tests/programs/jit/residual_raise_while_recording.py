# A residual call raises while the recording waits for it (the interpreter runs the call
# unreported): the exception leaves the recorded frame, or is caught inside it, and the
# recording ends; loops after it still compile and run.


def g(x, limit):
    t = 0
    for j in range(3):
        t += j
    if x >= limit:
        raise ValueError(x)
    return t + x


def f(n, limit):
    s = 0
    for i in range(n):
        s += g(i, limit)
    return s


for limit in (1, 2, 5, 11, 12, 40):
    try:
        print("f", limit, f(12, limit))
    except ValueError as e:
        print("f", limit, "ValueError", e.args)


def h(n, limit):
    s = 0
    for i in range(n):
        try:
            s += g(i, limit)
        except ValueError:
            s -= 1
    return s


print("h", h(30, 7), h(30, 100))


def later(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s


print("later", later(1000))
