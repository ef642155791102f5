# Repeated collections (the collector reuses its working storage from one to the next):
# cycles whose containers also hold numbers, strings and None, cycles through dict keys
# (tuples and instances), sets, cells and bound methods, while live cycles survive every
# collection intact.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.n = 1
        self.f = 2.5
        self.s = "text"
        self.none = None
        self.peer = None


gc.collect()
keep = Node("keep")
keep.peer = keep
keep.items = [keep, 1, "x", None, (keep, 2)]

for size in (3, 50, 2000, 10, 500):
    nodes = [Node("n%d" % i) for i in range(size)]
    for i in range(size):
        nodes[i].peer = nodes[(i + 1) % size]
        nodes[i].data = [i, "s", None, nodes[i - 1]]
    d = {(1, "k"): nodes[0], nodes[0]: d if False else None}
    d["self"] = d
    nodes[0].d = d
    s = {1, "a", (nodes[0],)}
    nodes[-1].s = s

    def make(x):
        def inner():
            return x
        return inner

    nodes[0].clo = make(nodes)
    nodes[1 % size].meth = nodes[0].__init__
    del nodes, d, s
    print(size, gc.collect() > size, keep.peer is keep, keep.items[4][0] is keep)

print(keep.name, keep.n, keep.items[1:4], gc.collect())
