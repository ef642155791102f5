# A `while todo:` worklist (deltablue's `make_plan`): the item `todo.pop(0)` takes out
# waits in the trace's `deferred` until the iteration ends, and the iterations whose item
# is of another class leave the loop trace at the method guard into a linked side trace,
# which jumps back to the loop: the exit releases what the trace deferred.


class Step:
    def __init__(self, k):
        self.k = k
        self.mark = 0

    def out(self):
        return self.k


class Neg(Step):
    def out(self):
        return -self.k


class Twice(Step):
    def out(self):
        return 2 * self.k


def drain(todo, mark):
    total = 0
    n = 0
    while todo:
        c = todo.pop(0)
        o = c.out()
        c.mark = mark
        total += o
        n += 1
    return total, n


def drain_stack(todo):
    # The popped item is only on the operand stack at the method guard: nothing may
    # release it before the call.
    total = 0
    while todo:
        total += todo.pop(0).out()
    return total


def drain_keep(todo, kept):
    # Items kept by the loop itself, and a local that still holds the previous one.
    prev = None
    total = 0
    while todo:
        c = todo.pop()
        total += c.out()
        if prev is not None:
            total += prev.k
        prev = c
        if c.k % 7 == 0:
            kept.append(c)
    return total, prev.k


def items(n, first):
    # `first` items of one class, then mostly another, so the loop trace (recorded on
    # the first) exits into a side trace nearly every iteration.
    xs = []
    for i in range(n):
        if i < first:
            xs.append(Step(i))
        elif i % 5 == 0:
            xs.append(Twice(i))
        else:
            xs.append(Neg(i))
    return xs


for rnd in range(4):
    todo = items(600, 40)
    print("drain", drain(todo, rnd), len(todo))
    print("stack", drain_stack(items(400, 30)))
    kept = []
    print("keep", drain_keep(items(500, 60), kept), len(kept), sum(x.k for x in kept))
    xs = items(300, 20)
    alias = list(xs)
    print("alias", drain(xs, rnd + 10), sum(x.mark for x in alias))
