# Default values are evaluated once, when the def statement runs.
x = 10
def f(a=x):
    return a
x = 20
print(f(), f(5), x)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(label, ident=next_id()):
    return label, ident
print(make("a"), make("b"), make("c", next_id()), counter)
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), memo_fib(90))
