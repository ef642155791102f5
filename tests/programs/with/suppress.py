# Exceptions inside with: seen by __exit__, suppressed by returning True.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("suppressing", et.__name__, ev)
            return True
        print("not suppressing", et.__name__ if et else None)
        return False


with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("after, caught:", repr(s.caught))

try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)

with Suppress(LookupError):
    [][1]
with Suppress(LookupError):
    {}["k"]
with Suppress(Exception):
    pass


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string is true"


with Truthy():
    raise RuntimeError("swallowed")
print("swallowed by truthy return")


def in_function():
    with Suppress(ValueError):
        raise ValueError("in function")
    return "function continues"


print(in_function())

# nested managers: inner suppresses, outer sees nothing
with Suppress(TypeError) as outer:
    with Suppress(TypeError) as inner:
        raise TypeError("inner only")
print(repr(inner.caught), repr(outer.caught))

# inner does not suppress, outer does
with Suppress(KeyError) as outer, Suppress(IndexError) as inner:
    raise KeyError("to the outer")
print(repr(inner.caught), repr(outer.caught))

# exception in __enter__ skips __exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never called")


try:
    with BadEnter():
        print("not reached")
except RuntimeError as e:
    print("caught", e)


# the second manager fails to enter: the first one is exited
class Logged:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)


try:
    with Logged("first"), BadEnter():
        pass
except RuntimeError as e:
    print("caught", e)

# __exit__ receives the exception after finally-like ordering with loops
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print("iteration", i)

# exception info visible inside the with body's except
with Suppress(KeyError):
    try:
        raise KeyError("inner")
    except KeyError:
        print("handled inside")
print("done")
