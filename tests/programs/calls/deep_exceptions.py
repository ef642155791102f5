# Exceptions raised N frames deep and caught at each level, with their traceback entries;
# exceptions that cross frames while handlers, `finally` and `with` blocks are active.


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return " ".join(out)


def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    x = raiser(n - 1)
    return x + 1


def catcher(n, catch_at):
    if n == catch_at:
        try:
            return raiser(n)
        except ValueError as e:
            return "caught %d: %s" % (n, tb_lines(e))
    return catcher(n - 1, catch_at)


for level in range(6):
    print(catcher(5, level))


def fin(n, log):
    try:
        if n == 0:
            1 / 0
        return fin(n - 1, log)
    finally:
        log.append(n)


log = []
try:
    fin(4, log)
except ZeroDivisionError as e:
    print("zde", log, tb_lines(e))


class Ctx:
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.swallow


def with_chain(n, log):
    with Ctx(str(n), log, swallow=(n == 2)):
        if n == 0:
            raise KeyError(n)
        r = with_chain(n - 1, log)
        log.append("after %d" % n)
        return r


log = []
print(with_chain(4, log), log)


def reraise(n):
    try:
        raiser(n)
    except ValueError:
        raise


try:
    reraise(3)
except ValueError as e:
    print("reraised", tb_lines(e))


def chain(n):
    try:
        raiser(n)
    except ValueError as e:
        raise TypeError("from %d" % n) from e


try:
    chain(2)
except TypeError as e:
    print(e, "cause:", e.__cause__, tb_lines(e), "|", tb_lines(e.__cause__))


def context(n):
    try:
        raiser(n)
    except ValueError:
        return undefined_name


try:
    context(1)
except NameError as e:
    print(e, "context:", repr(e.__context__))


def handled_then_return(n):
    # The exception being handled must be restored when a frame that handled one returns.
    try:
        raise IndexError(n)
    except IndexError:
        return inner_state(n)


def inner_state(n):
    import sys
    return repr(sys.exc_info()[1])


print(handled_then_return(3))
try:
    raise RuntimeError("outer")
except RuntimeError:
    import sys
    print(handled_then_return(4), repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))


def mutual_a(n):
    if n <= 0:
        raise LookupError("a%d" % n)
    return mutual_b(n - 1)


def mutual_b(n):
    try:
        return mutual_a(n - 1)
    except LookupError as e:
        if n % 3 == 0:
            return "b caught %s at %d" % (e, n)
        raise


for n in range(1, 9):
    try:
        print(n, mutual_a(n))
    except LookupError as e:
        print(n, "escaped", e, tb_lines(e))


def loop_raise(items):
    total = 0
    for x in items:
        total += check(x)
    return total


def check(x):
    if x < 0:
        raise ValueError(x)
    return x


for data in ([1, 2, 3], [1, -2, 3]):
    try:
        print(loop_raise(data))
    except ValueError as e:
        print("bad", e, tb_lines(e))
