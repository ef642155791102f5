# Method calls on a local instance (`x.m(...)`, fused with the local's load when the
# method cache hits): results, arguments, exceptions out of methods, the cache going
# stale when the class or the instance changes, and unbound locals.


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def get(self):
        return self.v

    def add(self, a, b=10):
        return self.v + a + b

    def fail(self, n):
        if n > 2:
            raise ValueError("too big: %d" % n)
        return n

    def depth(self, n):
        if n == 0:
            return 0
        return 1 + self.depth(n - 1)


class Sub(Node):
    def get(self):
        return -self.v


def loop(objs):
    total = 0
    for o in objs:
        total += o.get()
        total += o.add(1)
        total += o.add(1, 2)
    return total


def main():
    a, b = Node(3), Sub(4)
    print(loop([a, b] * 50))
    # A method raising through the fused call, caught in the caller.
    n = Node(1)
    for i in range(5):
        try:
            print("fail", n.fail(i))
        except ValueError as e:
            print("caught", e)
    # The method replaced on the class: the cached entry is stale.
    print(n.get())
    Node.get = lambda self: self.v * 100
    print(n.get(), b.get())
    # An instance attribute shadowing the method.
    n.get = lambda: "shadowed"
    print(n.get())
    m = Node(7)
    print(m.get())
    del n.get
    print(n.get())
    # Recursion through method calls on `self`.
    print(m.depth(50))
    # An unbound local.
    try:
        if m.v > 100:
            z = m
        print(z.get())
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    # A non-instance local (a list) and a class.
    xs = [3, 1, 2]
    xs.sort()
    print(xs, Node.add(m, 1))


main()


def deep(o, n):
    return o.depth(n)


try:
    deep(Node(0), 5000)
except RecursionError as e:
    print("RecursionError", e)
n = Node(2)
print(n.fail(1))
n.fail(9)
