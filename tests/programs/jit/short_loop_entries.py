# Short loops entered over and over (the JIT's entry and exit path): traces that run one
# to three iterations per entry and leave at the loop's end, where the iterator is
# finished without the interpreter's `ForIter` (range, list, tuple), an empty loop, a
# guard failing in the first iteration, a list iterator that outlives its loop.


def range_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s


def range_down(n):
    s = 0
    for i in range(n, 0, -1):
        s = s * 2 + i
    return s


def list_sum(xs):
    s = 0
    for x in xs:
        s += x
    return s


def tuple_sum(t):
    s = 0
    for x in t:
        s += x * 3
    return s


def while_count(n):
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    return s


def branchy(xs, flag):
    s = 0
    for x in xs:
        if flag:
            s += x
        else:
            s -= x
    return s


def shared_iterator(xs):
    it = iter(xs)
    s = 0
    for x in it:
        s += x
    xs.append(100)
    return s, next(it, "done"), list(it)


def leave_early(xs):
    for x in xs:
        if x > 1:
            return x
    return -1


total = 0
for k in range(3000):
    total += range_sum(k % 4)
    total += range_down(k % 3)
    total += list_sum([k, 1, 2][: k % 4])
    total += tuple_sum((k, 2)[: k % 3])
    total += while_count(k % 5)
    total += branchy([1, 2, 3][: k % 4], k % 7 != 0)
    total += leave_early([0, 1, 2, 3][k % 3 :])
print(total)

outs = []
for k in range(400):
    outs.append(shared_iterator([k, k + 1]))
print(outs[0], outs[-1], len(outs))

# The loop's iterator is not the frame's only reference: a nested function steps it too.
def stepper(n):
    it = iter(range(n))
    s = 0
    for x in it:
        s += x
        if x % 3 == 1:
            s += next(it, 0)
    return s, next(it, "end")


print([stepper(k % 6) for k in range(600)][-6:])
