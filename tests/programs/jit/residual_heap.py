# Callees with default arguments are not inlined: they are residual calls.
# A residual call may change anything: attributes the loop reads, list lengths, globals the
# loop uses (values and functions), methods of classes. What the trace knew before the call
# must be checked again after it.


class Box:
    def __init__(self, v):
        self.v = v
        self.w = 1.5


def poke(b, i, step=1):
    b.v = b.v + i * step
    if i % 50 == 49:
        b.w = b.w * 2.0
    return 0


def attributes():
    b = Box(1)
    acc = 0
    for i in range(400):
        acc += b.v
        poke(b, i)
        acc += b.v
        acc += int(b.w)
    return acc, b.v, b.w


def grow(xs, i, every=3):
    if i % every == 0:
        xs.append(i)
    elif i % 5 == 0 and len(xs) > 2:
        xs.pop()
    return 0


def reshape(b, i, grow=12):
    if i == 150:
        # Many new attributes: the dict's entries move.
        for k in range(grow):
            setattr(b, "extra%d" % k, k)
    if i == 250:
        # `w` goes to the end of the dict: another index.
        del b.w
        b.w = 0.5
    return i % 2


def dict_reshaped():
    b = Box(1)
    acc = 0.0
    for i in range(400):
        acc += b.v + b.w
        acc += reshape(b, i)
        acc += b.v * 2 + b.w
        b.v = b.v + 1
    return acc, b.v, len(b.__dict__)


def lengths():
    xs = [1, 2, 3]
    acc = 0
    for i in range(400):
        acc += len(xs)
        grow(xs, i)
        acc += len(xs) + xs[-1]
    return acc, len(xs)


LIMIT = 10


def rebind(i):
    global LIMIT, helper
    if i == 250:
        LIMIT = 1000
    if i == 300:
        helper = other_helper
    return 0


def first_helper(x):
    return x + 1


def other_helper(x):
    return x * 2


helper = first_helper


def globals_rebound():
    acc = 0
    for i in range(400):
        acc += LIMIT
        rebind(i)
        acc += LIMIT + helper(i)
    return acc


class Shape:
    def area(self):
        return 2


def big_area(self):
    return 1000


def patch(i, cls=Shape):
    if i == 260:
        cls.area = big_area
    return 0


def classes_modified():
    s = Shape()
    acc = 0
    for i in range(400):
        acc += s.area()
        patch(i)
        acc += s.area()
    return acc


class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.val = 3

    def plus(self, k):
        return self.val * 10 + k


def unlink(holder, i, val=3):
    holder.head = Node(None)
    holder.head.val = val
    return i


def replace_head(holder, i, val=4):
    holder.head = Node(None)
    holder.head.val = val + i % 3
    return i % 5


class Holder:
    def __init__(self):
        self.head = Node(None)


def object_kept_across_call():
    h = Holder()
    acc = 0
    for i in range(400):
        n = h.head
        unlink(h, i)
        acc += n.val
    return acc


def stack_object_kept_across_call():
    # `h.head` is on the operand stack while the call replaces it: the trace keeps it alive.
    h = Holder()
    acc = 0
    for i in range(400):
        acc += h.head.plus(replace_head(h, i))
    return acc


def skip(it, n=1):
    return next(it) * n


def shared_iterator():
    # The callee steps the loop's own iterator: the trace must not hold its position.
    it = iter(list(range(900)))
    total = 0
    for x in it:
        total += x
        if x % 3 == 0:
            total += skip(it)
    r = iter(range(600))
    for y in r:
        total += skip(r, 2)
    return total


print(attributes())
print(dict_reshaped())
print(lengths())
print(globals_rebound())
print(classes_modified())
print(object_kept_across_call())
print(stack_object_kept_across_call())
print(shared_iterator())
