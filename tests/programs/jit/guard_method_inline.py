# `guard.method` checked in machine code (the class version and type epoch of the last
# instance the full check passed for, per merged lookup): receivers whose class changes in
# runs and alternately, a class attribute set mid-loop (new class version, same methods),
# a method replaced on the class and on a base mid-loop, a new class made mid-loop (type
# epoch), and a method that raises.


class Node:
    def __init__(self, k):
        self.k = k

    def get(self):
        return self.k

    def scale(self):
        return 2

    def step(self):
        return self.get() * self.scale()


class Neg(Node):
    def get(self):
        return -self.k


class Wide(Node):
    def scale(self):
        return 3


class Same(Node):
    # Overrides nothing the loops look up: the merged guard passes for it too.
    def other(self):
        return 0


class Also(Same):
    pass


def total(nodes):
    t = 0
    for n in nodes:
        t += n.step()
    return t


def runs(n):
    # Long runs of one class, then another: the check passes at once within a run.
    classes = (Node, Same, Also, Same, Node, Also)
    return [classes[(i // 50) % 6](i) for i in range(n)]


def mixed(n):
    return [Node(i) if i % 3 == 0 else Same(i) if i % 3 == 1 else Also(i) for i in range(n)]


def overriding(n):
    return [Node(i) if (i // 40) % 3 == 0 else Neg(i) if (i // 40) % 3 == 1 else Wide(i)
            for i in range(n)]


print("runs", total(runs(3000)))
print("mixed", total(mixed(3000)))
print("overriding", total(overriding(3000)))


def with_changes(nodes, at, change):
    t = 0
    for i in range(len(nodes)):
        if i == at:
            change()
        t += nodes[i].step()
    return t


def set_attr():
    Node.tag = "x"


def replace_get():
    Same.get = lambda self: 1000 * self.k


def replace_base_scale():
    Node.scale = lambda self: 5


def new_class():
    class Later(Node):
        pass
    return Later


saved = Node.scale
print("attr", with_changes(runs(2000), 700, set_attr))
print("get", with_changes(runs(2000), 900, replace_get))
del Same.get
print("scale", with_changes(mixed(2000), 1200, replace_base_scale))
Node.scale = saved
print("epoch", with_changes(runs(2000), 500, new_class))


class Bad(Node):
    def scale(self):
        raise ValueError("bad scale %d" % self.k)


nodes = runs(1500)
nodes[1200] = Bad(7)
try:
    total(nodes)
except ValueError as e:
    print("raised", e)
print("after", total(runs(1500)))
