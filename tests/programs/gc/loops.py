# Cyclic garbage made in loops (enough for automatic collections), with live cycles kept
# along the way: the survivors must be intact after every collection.


class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None
        self.items = []

    def total(self):
        return self.v + self.peer.v


def pair(i):
    a, b = Node(i), Node(i + 1)
    a.peer, b.peer = b, a
    a.items.append(b)
    b.items.append(a)
    return a


kept = []
s = 0
for i in range(40000):
    p = pair(i)
    s += p.total()
    if i % 1000 == 0:
        kept.append(p)
    lst = [i]
    lst.append(lst)
    d = {"i": i}
    d["d"] = d
    s += lst[1][1][0] + d["d"]["i"]
print(s)
print(len(kept), sum(k.total() + k.items[0].peer.v for k in kept))
print(all(k.peer.peer is k and k.items[0].items[0] is k for k in kept))


# Cycles through closures and bound methods, made inside a function.
def work(n):
    out = 0
    for i in range(n):
        box = [i]
        def get():
            return box[0]
        box.append(get)
        out += box[1]()
        x = Node(i)
        x.m = x.total
        x.peer = x
        out += x.m()
    return out

print(work(30000))

# A long-lived structure grows while garbage is made: its cycles stay.
graph = {}
for i in range(20000):
    n = Node(i)
    n.peer = graph.get(i - 1, n)
    n.items.append(n)
    graph[i] = n
    junk = Node(-i)
    junk.peer = junk
print(sum(graph[i].peer.v for i in range(0, 20000, 97)), graph[0].peer is graph[0])
print(all(graph[i].items[0] is graph[i] for i in range(20000)))
