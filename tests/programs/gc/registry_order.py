# Tracked objects (instances, lists, dicts, functions) die in every order — oldest first,
# newest first, from the middle, by the thousands between collections — while cycles are
# made and kept: the collector must still find exactly the garbage cycles, and every
# survivor must be intact. (Automatic collections are off, so the counts are the same
# under PYJIT_GC_THRESHOLD.)
import gc

gc.disable()


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


def ring(n, base):
    first = Node(base)
    cur = first
    for i in range(1, n):
        cur.next = Node(base + i)
        cur = cur.next
    cur.next = first
    return first


def ring_sum(first):
    s, cur = first.v, first.next
    while cur is not first:
        s += cur.v
        cur = cur.next
    return s


gc.collect()

# Many short-lived tracked objects of each kind, dropped in a scrambled order.
objs = []
for i in range(3000):
    k = i % 4
    if k == 0:
        objs.append(Node(i))
    elif k == 1:
        objs.append([i])
    elif k == 2:
        objs.append({"i": i})
    else:
        def f(x=i):
            return x
        objs.append(f)
kept = [ring(5, 100 * j) for j in range(10)]
order = [(i * 7919) % 3000 for i in range(3000)]
for j in order[:2000]:
    objs[j] = None
print("no garbage yet", gc.collect())

# Garbage cycles among survivors that die later, from the newest end.
for j in range(50):
    a = [j]
    a.append(a)
    d = {"j": j}
    d["d"] = d
    n = Node(j)
    n.next = n
del a, d, n
while objs:
    objs.pop()
print("cycles", gc.collect())
print([ring_sum(r) for r in kept])

# Cycles freed while the oldest objects still live, then the oldest die.
old = [Node(i) for i in range(100)]
for j in range(20):
    r = ring(3, j)
del r
print("rings", gc.collect())
del old[::2]
old.reverse()
print("after del", gc.collect(), sum(o.v for o in old))
kept = kept[5:]
print("kept", gc.collect(), [ring_sum(r) for r in kept])
del kept
print("rings dropped", gc.collect())


# Functions in cycles through their defaults and closures.
def make(i):
    box = [i]

    def get():
        return box[0]

    box.append(get)
    return get


fs = [make(i) for i in range(30)]
print(sum(f() for f in fs))
del fs
print("closures", gc.collect())
