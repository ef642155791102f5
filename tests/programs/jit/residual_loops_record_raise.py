# A side trace of a loop that runs inside a residual call starts recording at an exit, and
# the callee it then calls raises out of the loop's function and out of the residual call:
# the recording is abandoned there (its frame is gone) and the exception reaches the caller.

def boom(x):
    raise ZeroDivisionError("boom at %d" % x)


def h(xs):
    t = 0
    for x in xs:
        if x < 1:
            t += boom(x)
        t += x
    return t


def caller(xs, n):
    t = 0
    try:
        for i in range(n):
            t += h(xs)
    except ZeroDivisionError as e:
        return -t, str(e)
    return t, ""


good = [1, 2, 3, 4, 5, 6]
bad = [1, 2, 0, 4, 5, 6]
total = 0
for rep in range(60):
    a, _ = caller(good, 20)
    b, msg = caller(bad, 3)
    total += a + b
print(total, msg)
