import functools
from functools import wraps, update_wrapper

def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b=0):
    "Add two numbers."
    return a + b

print(add(1, b=2))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(5, 6), add.__wrapped__.__name__)

def no_wraps(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@no_wraps
def mul(a, b):
    "Multiply."
    return a * b
print(mul.__name__, mul.__doc__, mul(3, 4))

class Outer:
    @trace
    def method(self, x):
        "A method."
        return x * 10

print(Outer().method(4), Outer.method.__name__, Outer.method.__qualname__, Outer.method.__doc__)

def counted(func):
    @wraps(func)
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper

@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls, noop.__name__)

def f():
    "doc of f"
f.attr = 'copied'
def g():
    pass
update_wrapper(g, f)
print(g.__name__, g.__doc__, g.attr, g.__wrapped__ is f)
def h():
    pass
update_wrapper(h, f, assigned=('__doc__',), updated=())
print(h.__name__, h.__doc__, hasattr(h, 'attr'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def repeat(times):
    def deco(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    "Say hello."
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__)

# stacked decorators keep the innermost name
@trace
@repeat(2)
def twice(v):
    return v
print(twice(7), twice.__name__, twice.__wrapped__.__name__, twice.__wrapped__.__wrapped__.__name__)
