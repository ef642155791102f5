# Calls reuse frames (the interpreter pools them): state must never leak from one call
# into the next — locals, leftovers on the stack, cells, handlers, finalization.
def first_item(xs):
    for x in xs:
        return x          # returns with the for-iterator still on the stack
    return None


def maybe_local(flag):
    if flag:
        v = 1
    try:
        return v
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def make_counter(start):
    n = start

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds(name):
    obj = Noisy(name)
    return len(obj.name)


def fails(k):
    if k == 0:
        raise ValueError("bottom")
    return fails(k - 1)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def default_args(a, b=10, c=20):
    return a + b + c


for i in range(3):
    print(first_item([i, i + 1]), first_item([]))
    print(maybe_local(i % 2 == 0), maybe_local(True))
c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c2(), c1(), c2())
for name in ["a", "b"]:
    print("len", holds(name))
    print("after", name)
for k in range(3):
    try:
        fails(k)
    except ValueError as e:
        print("caught", e, k)
print(depth(500))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)
print(depth(10))
print(default_args(1), default_args(1, 2), default_args(1, 2, 3))
