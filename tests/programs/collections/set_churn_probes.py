# Sets under add/discard churn, whose dummies make lookups and insertions scan long runs of
# slots (past a group of 10, wrapping at the table's end, jumping along the probe sequence):
# membership, where re-added keys land (the printed order is CPython's slot order), and
# equal keys of other types found along the way.
import random

r = random.Random(7)

# nqueens-like: small ints added and discarded around a fixed core.
s = set(range(0, 40, 3))
for step in range(3000):
    k = r.randrange(-20, 60)
    if r.random() < 0.5:
        s.add(k)
    else:
        s.discard(k)
    if step % 250 == 0:
        print(step, len(s), list(s))
print(sorted(s) == sorted(set(s)), all(k in s for k in s), [k for k in range(-25, 65) if k in s])

# Keys that collide: multiples of the table size share a home slot, and keys near the
# table's end wrap around (a run there is one slot, then a jump).
for size in (8, 32, 128):
    t = set()
    keys = [size * j + off for j in range(6) for off in (0, size - 1, size - 2)]
    for k in keys:
        t.add(k)
    for k in keys[::2]:
        t.discard(k)
    for k in keys[::3]:
        t.add(k)
    print(size, list(t), [k in t for k in keys])

# Hash 0 keys (0, 0.0, False) next to unused slots, and -1 (hash -2) beside -2.
z = {0, -1, -2, 8, 16}
z.discard(0)
print(0 in z, 0.0 in z, False in z, -1 in z, -2 in z, list(z))
z.add(False)
print(list(z), [type(x).__name__ for x in z])

# Equal keys of other types met past dummies: the stored key stays.
m = set(range(16))
for k in range(0, 16, 2):
    m.discard(k)
for k in (1.0, True, 3.0, 5):
    m.add(k)
print(list(m), [type(x).__name__ for x in m], 7.0 in m, 8.0 in m)

# Strings: membership and length only (their hashes, hence their order, vary per process).
w = set()
names = ["n%d" % i for i in range(200)]
for step in range(4000):
    k = names[r.randrange(200)]
    if r.random() < 0.6:
        w.add(k)
    else:
        w.discard(k)
print(len(w), sum(1 for n in names if n in w), ("n" + "5") in w or "n5" not in w)

# Instance keys whose __eq__ runs during the scan (equal hash, equal to an int).
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other if not isinstance(other, K) else ("K", other.v))
        return (other.v if isinstance(other, K) else other) == self.v

q = set(range(8))
q.discard(3)
q.add(K(11))
print(3 in q, 11 in q, K(3) in q, K(11) in q)
q.discard(11)
print(len(q), 11 in q)
