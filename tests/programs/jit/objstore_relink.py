# Storing objects into existing instance attributes inside traces (`attr.store`):
# relinking a linked list, storing None, a type changing mid-loop, an object stored into
# its own attribute, values the trace allocated escaping into an attribute.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


class Box:
    def __init__(self):
        self.item = None
        self.count = 0


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def reverse(head):
    prev = None
    node = head
    while node is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return prev


def total(head):
    t = 0
    node = head
    while node is not None:
        t += node.v
        node = node.next
    return t


def first(head, k):
    out = []
    node = head
    while node is not None and len(out) < k:
        out.append(node.v)
        node = node.next
    return out


def store_none(head):
    # `node.next = None` cuts the list after every node: only `nxt` (read before the
    # store, kept alive by the local) keeps the rest alive.
    node = head
    n = 0
    while node is not None:
        nxt = node.next
        node.next = None
        n += 1
        node = nxt
    return n


def changing_types(b, n):
    for i in range(n):
        if i % 7 == 0:
            b.item = i
        elif i % 7 == 1:
            b.item = float(i)
        elif i % 7 == 2:
            b.item = None
        elif i % 7 == 3:
            b.item = b
        else:
            b.item = "s"
        b.count += 1
    return type(b.item).__name__, b.count


def self_store(b, n):
    for i in range(n):
        b.item = b
        b.item = b.item
    return b.item is b


def fresh_into_attr(b, n):
    # A fresh instance stored into an attribute escapes: it must be made first.
    t = 0
    for i in range(n):
        b.item = Node(i, None)
        t += b.item.v
    return t, b.item.v


def swap(a, b, n):
    # Objects read before the store whose only other owner is the overwritten attribute.
    for i in range(n):
        x = a.item
        y = b.item
        a.item = y
        b.item = x
    return a.item.v, b.item.v


def old_value_used(b, n):
    # The old value is used after it is overwritten (kept alive by the trace).
    t = 0
    for i in range(n):
        old = b.item
        b.item = Node(i, None)
        t += old.v
    return t


h = build(500)
print(total(h), first(h, 3))
h = reverse(h)
print(total(h), first(h, 3))
h = reverse(h)
print(total(h), first(h, 3))
print(store_none(h), total(h))
b = Box()
print(changing_types(b, 200))
print(self_store(b, 100))
b.item = None
print(fresh_into_attr(b, 300))
a = Box()
c = Box()
a.item = Node(1, None)
c.item = Node(2, None)
print(swap(a, c, 301))
b.item = Node(-1, None)
print(old_value_used(b, 300))


class P:
    def __init__(self, x):
        self.x = x


def alias_store(b, n):
    # A fresh instance stored into an attribute is changed through the attribute: reads
    # through the local see the change.
    t = 0
    for i in range(n):
        p = P(i)
        b.item = p
        b.item.x = 100
        t += p.x
    return t


def alias_self(b, n):
    t = 0
    for i in range(n):
        p = P(i)
        b.item = p
        q = b.item
        q.x = p
        t += p.x.x is p
    return t


print(alias_store(Box(), 50), alias_self(Box(), 50))
