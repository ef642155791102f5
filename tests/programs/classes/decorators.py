# Function and class decorators: plain, with arguments, stacked, preserving names.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"ret {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco


def prefix(p):
    def deco(fn):
        def wrapper(*args):
            return p + str(fn(*args))
        return wrapper
    return deco


@trace
def add(a, b):
    return a + b


print(add(2, 3))
print(add.__name__, add.__wrapped__(10, 20))


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


@prefix("<")
@prefix("[")
@repeat(2)
def num(x):
    return x * 10


print(num(4))

registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register("pt")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2), registry["pt"] is Point, Point.registered_as)


def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@count_calls
def square(x):
    return x * x


for i in range(4):
    square(i)
print(square.calls)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


# decorating methods
def logged(method):
    def wrapper(self, *args):
        print("->", method.__name__, args)
        return method(self, *args)
    return wrapper


class Acc:
    def __init__(self):
        self.total = 0

    @logged
    def add(self, n):
        self.total += n
        return self.total


a = Acc()
a.add(5)
print(a.add(6))
