# `is` / `is not` on objects and augmented stores into list items in traced loops.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


def walk(head):
    s = 0
    node = head
    while node is not None:
        s += node.v
        node = node.next
    return s


def count_none(items):
    n = 0
    for x in items:
        if x is None:
            n += 1
        if x is not None:
            n += 10
    return n


def same_obj(pairs):
    k = 0
    for a, b in pairs:
        if a is b:
            k += 1
    return k


def augment(xs, ys):
    for i in range(len(xs)):
        xs[i] += ys[i] * 2
        xs[i] -= 1
    return xs[:4], xs[-1]


def augment_type_change(xs):
    try:
        for i in range(len(xs)):
            xs[i] += 1
    except TypeError as e:
        return xs[:3], str(e)


head = None
for i in range(2000):
    head = Node(i, head)
print(walk(head))
print(count_none([None if i % 3 else Node(i, None) for i in range(1000)]))
n1 = Node(1, None)
n2 = Node(2, None)
print(same_obj([(n1, n1 if i % 4 else n2) for i in range(1000)]))
print(augment([float(i) for i in range(1000)], [i * 0.5 for i in range(1000)]))
print(augment_type_change(list(range(500)) + ["a"] + list(range(5))))
