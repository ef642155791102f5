import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator


@contextmanager
def tag(name):
    """Wrap in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


print(tag.__name__, tag.__doc__)
with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("escaped", repr(e))


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "cause", repr(e.__cause__))


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration came through:", repr(e))

try:
    with passthrough():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError came through:", repr(e))


# Used as a decorator: a fresh generator for every call.
@tag("deco")
def work(x):
    print("work", x)
    return x * 2


print(work(1), work(2))


class mycm(ContextDecorator):
    def __enter__(self):
        print("enter mycm")
        return self

    def __exit__(self, *exc):
        print("exit mycm", exc[0])
        return False


@mycm()
def f():
    print("in f")


f()

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Thing:
    def close(self):
        print("Thing closed")


with closing(Thing()) as th:
    print("using", type(th).__name__)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

# ExitStack
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("s"))
    print("stack body")

with ExitStack() as stack:
    stack.callback(print, "not run yet", sep="-")
    moved = stack.pop_all()
print("after pop_all")
moved.close()


def exit_suppress(*exc):
    print("exit_suppress sees", exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(exit_suppress)
    raise ValueError("hidden")
print("suppressed by pushed callable")


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "xyz"]
    print(names)
    pushed = stack.push(CM("pushed"))
    print(pushed.name)

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)


# Exception chaining: each callback sees the exception the later-registered ones raised.
def raiser(exc):
    def cb(*details):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("first pushed")))
        stack.push(raiser(KeyError("second pushed")))
        raise ValueError("body")
except IndexError as e:
    print("final", repr(e))
    print("context", repr(e.__context__))
    print("context.context", repr(e.__context__.__context__))
    print("context.context.context", repr(e.__context__.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("only")))
except IndexError as e:
    print("no body exception:", repr(e), repr(e.__context__))

# callback returns are ignored (never suppress)
with suppress(ValueError):
    with ExitStack() as stack:
        stack.callback(lambda: True)
        raise ValueError
    print("not reached")
print("callback did not suppress")

try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)


class Sub(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None


s = Sub()
print(s.__enter__() is s)
with contextlib.redirect_stdout(None):
    print("printing to None prints nothing")
