# A residual call that raises: the trace leaves at the call (which is not made again) and the
# interpreter raises there, with the same handlers and traceback as if it had made the call.


def check(i, limit):
    if i >= limit:
        print("raising at", i)
        raise ValueError("too big: %d" % i)
    return i


def caught_outside(limit):
    total = 0
    try:
        for i in range(1000):
            total += check(i, limit)
    except ValueError as e:
        print("caught", e, total)
    return total


def caught_inside():
    total = 0
    errors = 0
    for i in range(600):
        try:
            total += check(i % 300, 290)
        except ValueError:
            errors += 1
    return total, errors


def finally_runs():
    total = 0
    try:
        try:
            for i in range(500):
                total += check(i, 450)
        finally:
            print("finally", total)
    except ValueError as e:
        print("after finally", e)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def recursion_limit():
    total = 0
    try:
        for i in range(300):
            total += deep(i if i < 280 else 100000)
    except RecursionError:
        print("RecursionError", total)
    # The interpreter still has its whole depth after the error.
    print(deep(500))


print(caught_outside(700))
print(caught_outside(5))
print(caught_inside())
finally_runs()
recursion_limit()
