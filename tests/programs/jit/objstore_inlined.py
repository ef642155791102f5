# Object stores into attributes inside inlined methods: a stack push/pop through methods
# (stores then a return), a store followed by a branch in the same method (its exits must
# not store twice), and a store whose value's type changes between calls.


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


class Stack:
    def __init__(self):
        self.head = None
        self.n = 0
        self.last = None

    def push(self, node):
        node.next = self.head
        self.head = node
        self.n += 1

    def pop(self):
        node = self.head
        self.head = node.next
        node.next = None
        self.n -= 1
        return node

    def mark(self, x):
        self.last = x
        if self.n > 3:
            return 1
        return 0


def pushes(s, nodes):
    for node in nodes:
        s.push(node)
    return s.n


def pops(s, n):
    t = 0
    for i in range(n):
        t += s.pop().v
    return t


def marks(s, n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += s.mark(i)
        elif i % 3 == 1:
            t += s.mark(None)
        else:
            t += s.mark(s)
    return t, s.last is s


s = Stack()
nodes = [Node(i) for i in range(400)]
print(pushes(s, nodes), s.head.v)
print(pops(s, 350), s.n, s.head.v)
print(marks(s, 300))
s2 = Stack()
print(marks(s2, 300))
