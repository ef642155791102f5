# Reference cycles of many shapes: gc.collect() frees them (and counts them as CPython
# does), and objects in cycles that are still referenced keep working.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def method(self):
        return "method of " + self.name


def fresh():
    gc.collect()


fresh()

# A list containing itself.
l = [1, 2]
l.append(l)
del l
print("self list", gc.collect())

# A dict containing itself, as a value and inside a key tuple.
d = {}
d["me"] = d
del d
print("self dict", gc.collect())

# An instance whose attribute is itself.
a = Node("a")
a.next = a
del a
print("self instance", gc.collect())

# Two instances pointing at each other.
a, b = Node("a"), Node("b")
a.next, b.next = b, a
del a, b
print("pair", gc.collect())

# A ring of ten nodes.
first = Node("0")
cur = first
for i in range(1, 10):
    cur.next = Node(str(i))
    cur = cur.next
cur.next = first
del first, cur
print("ring", gc.collect())

# Through a tuple and a list.
l = []
l.append((1, l))
del l
print("tuple in list", gc.collect())

# A bound method stored on its own instance.
n = Node("m")
n.m = n.method
del n
print("bound method", gc.collect())

# A closure referring to itself (recursive inner function).
def outer():
    def inner(k):
        return 0 if k == 0 else 1 + inner(k - 1)
    return inner

f = outer()
print("closure works", f(5))
del f
print("closure", gc.collect())

# Through a set of instances.
s = set()
n = Node("s")
n.owner = s
s.add(n)
del s, n
print("set", gc.collect())

# Through a function default.
def make():
    box = []
    def g(x=box):
        return x
    box.append(g)
    return None

make()
print("default", gc.collect())

# Cycles that are still referenced survive a collection and keep working.
keep = Node("kept")
keep.next = Node("other")
keep.next.next = keep
lst = [keep]
lst.append(lst)
dd = {"k": keep}
dd["self"] = dd
print("live", gc.collect())
print(keep.next.next.name, keep.next.name, lst[1][1][0].name, dd["self"]["self"]["k"].method())


# Reachable only from a local of a running function.
def local_cycle():
    x = Node("local")
    x.next = x
    y = [x]
    y.append(y)
    gc.collect()
    return x.next.next.name + " " + str(len(y[1][1]))

print(local_cycle())
print("after local", gc.collect())

# Reachable only from a closure cell.
def closure_cycle():
    c = Node("cell")
    c.next = c
    def get():
        return c.next.name
    return get

g = closure_cycle()
gc.collect()
print(g())
del g
print("after closure", gc.collect())

# Reachable from a global only.
G = Node("global")
G.next = [G, {"g": G}]
gc.collect()
print(G.next[1]["g"].next[0].name)
G = None
print("after global", gc.collect())

# Weird: a list containing itself many times, a dict keyed by an instance in a cycle.
l = []
for i in range(5):
    l.append(l)
k = Node("key")
dk = {k: 1}
k.table = dk
del l, k, dk
print("weird", gc.collect())

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
