# Instances allocated in traces that escape: into a list, kept in a local across iterations,
# on the stack at an exit, returned by an inlined call, compared by identity, and an
# __init__ that raises halfway through.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Link:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def into_list(n):
    out = []
    for i in range(n):
        p = P(i, 2 * i)
        out.append(p)
    return sum(p.x + p.y for p in out)


def kept(n):
    prev = P(0, 0)
    cur = P(1, 1)
    s = 0
    for i in range(n):
        nxt = prev + cur
        prev = cur
        cur = P(nxt.x % 1000, nxt.y % 997)
        s += cur.x
    return s, prev.x, cur.y


def exits(n):
    # The guard on `i % 7` fails while a temporary is on the stack (the receiver of norm1).
    s = 0.0
    for i in range(n):
        s += (P(i, 1.5) + P(0.5, -i)).norm1() if i % 7 else 1.0
    return s


def chain(n):
    head = None
    for i in range(n):
        head = Link(i, head)
    k = 0
    while head is not None:
        k += head.value
        head = head.next
    return k


def identity(n):
    same = 0
    a = P(0, 0)
    for i in range(n):
        b = P(i, i)
        if b is a:
            same += 1
        if b is not a:
            same += 2
    return same


class Bad:
    def __init__(self, k):
        self.a = 1.0
        self.b = 10.0 / k


def raising(n):
    s = 0.0
    for i in range(n, -1, -1):
        try:
            s += Bad(i).b
        except ZeroDivisionError as e:
            print("caught", e)
    return s


class Count:
    made = 0

    def __init__(self, v):
        self.v = v


def fields_changed(n):
    s = 0
    for i in range(n):
        c = Count(i)
        c.v = c.v * 2
        c.w = 1
        s += c.v + c.w
    return s


def append_and_len(n):
    xs = []
    total = 0
    for i in range(n):
        xs.append(P(i, 0))
        total += len(xs)
    for p in xs:
        xs.append(1) if len(xs) < n + 5 else None
    return total, len(xs)


def append_numbers(n):
    xs = [0.5]
    for i in range(n):
        xs.append(i * 0.5)
        xs.append(i > 3)
        xs.append(None)
    return len(xs), xs[-6:]


def alias(n):
    # The list's copy of `p` is changed through another reference: reads of `p.x` must see it.
    xs = []
    s = 0.0
    for i in range(n):
        p = P(1.0, 2.0)
        xs.append(p)
        q = xs[-1]
        q.x = q.x + i
        s += p.x
    return s, len(xs)


print(into_list(2000))
print(alias(2000))
print(append_and_len(2000))
print(append_numbers(2000))
print(kept(3000))
print(exits(3000))
print(chain(2000))
print(identity(2000))
print(raising(1000))
print(fields_changed(2000))
