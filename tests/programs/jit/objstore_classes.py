# Class changes while a loop that stores objects into attributes runs: a class attribute
# (a property) added, an instance's __dict__ exposed and changed, an attribute deleted.
# The guards fail and the interpreter takes over.


class Node:
    def __init__(self, v):
        self.v = v
        self.link = None


def relink(nodes, n, hook):
    t = 0
    for i in range(n):
        a = nodes[i % len(nodes)]
        b = nodes[(i + 1) % len(nodes)]
        a.link = b
        t += a.link.v
        if i == hook:
            change(i)
    return t


log = []


def change(i):
    if i == 50:
        Node.extra = 1
    elif i == 100:
        def get(self):
            return nodes[0]

        def put(self, v):
            log.append(("set", v.v))

        Node.link = property(get, put)
    elif i == 150:
        del Node.link
    elif i == 200:
        d = nodes[1].__dict__
        d["v"] = 1000


nodes = [Node(i) for i in range(5)]
for hook in (50, 100, 150, 200, -1):
    print(relink(nodes, 260, hook), len(log))
print(log[:3])
