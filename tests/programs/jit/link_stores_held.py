# Linked exits of traces with residual calls store the locals they name again
# (`objexit::link_stores`): the trace made those stores already (it keeps its
# `storeobj`s), so the local holds the very object and the store changes nothing.
# Walks over linked nodes where the next node comes from a residual call (a callee
# with a loop), with branches that leave the loop trace into linked side traces;
# a swap of two locals; `None` and instances alternating in one local; objects with
# `__del__` whose last reference goes at a linked exit (printed in order); and a
# residual call that raises where its result would be stored (`pycall` stores a result
# into the local itself: the local keeps its old value).


class Node:
    def __init__(self, i):
        self.i = i
        self.next = None


def ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]


def advance(node, k):
    # A loop: called residually, not inlined.
    for _ in range(k):
        node = node.next
    return node


def walk(head, steps):
    node = head
    total = 0
    for s in range(steps):
        if node.i % 3 == 0:
            total += node.i
        elif node.i % 3 == 1:
            total -= 1
        else:
            total += 2
        node = advance(node, 1 + s % 2)
    return total, node.i


def walk_while(head, steps):
    node = head
    total = 0
    while steps > 0:
        if node.i % 4 == 0:
            total += node.i * 2
        else:
            total += 1
        node = advance(node, 1)
        steps -= 1
    return total, node.i


def swaps(head, steps):
    a = head
    b = head.next
    total = 0
    for s in range(steps):
        if s % 3 == 0:
            a, b = b, a
        total += a.i - b.i
        a = advance(a, 1)
    return total, a.i, b.i


def maybe_next(node, k):
    for _ in range(k):
        node = node.next
    if node.i % 5 == 0:
        return None
    return node


def with_none(head, steps):
    node = head
    nones = 0
    total = 0
    for s in range(steps):
        if node is None:
            nones += 1
            node = head
        else:
            total += node.i
            node = maybe_next(node, 1)
    return nones, total


def advance_or_raise(node, k, s):
    for _ in range(k):
        node = node.next
    if s > 2000 and node.i == 37:
        raise ValueError(node.i, s)
    return node


def walk_raise(head, steps):
    node = head
    total = 0
    try:
        for s in range(steps):
            if node.i % 2 == 0:
                total += node.i
            node = advance_or_raise(node, 1, s)
    except ValueError as e:
        return total, node.i, e.args
    return total, node.i


def alternate(head, steps):
    # Side traces whose ends store None over an instance and back (one store each).
    cur = None
    node = head
    seen = 0
    for s in range(steps):
        if s % 3 == 0:
            cur = None
        else:
            cur = node
            node = node.next
        if cur is not None:
            seen += cur.i
    return seen, node.i


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def make(i):
    for _ in range(1):
        pass
    return D(i)


def churn(n):
    d = make(-1)
    total = 0
    for i in range(n):
        if i % 2 == 0:
            total += d.i
        else:
            total -= 1
        if i % 25 == 0:
            d = make(i)
    return total


head = ring(40)
print(walk(head, 3000))
print(walk_while(head, 3000))
print(swaps(head, 3000))
print(with_none(head, 3000))
print(walk_raise(head, 3000))
print(alternate(head, 3000))
print(churn(400))
print("done")
