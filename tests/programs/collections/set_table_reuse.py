# Sets built, filled and dropped over and over (their tables are reused by new sets):
# every new set starts empty, keeps insertion semantics, and equal-but-different keys
# (1 == 1.0 == True) keep the first key stored.

def group(start, n):
    seen = {start}
    libs = set()
    for q in range(start, start + n):
        if q % 3 == 0:
            libs.add(q)
        elif q not in seen:
            seen.add(q)
    return len(seen), len(libs), sorted(seen)[:3], sorted(libs)[:3]

for i in range(60):
    r = group(i, i % 40 + 1)
    if i % 7 == 0:
        print(r)

# A new set right after big ones were freed is empty and independent.
for size in (0, 1, 5, 50, 500, 3000):
    s = set(range(size))
    del s
    t = set()
    print(size, len(t), t, 0 in t)
    t.add(1)
    t.add(1.0)
    t.add(True)
    print(t, [type(x).__name__ for x in t])
    u = {2.0, 2, False, 0, 0.0}
    print(len(u), sorted((type(x).__name__, x) for x in u))

# Keys of mixed types, removal, and membership with equal keys of other types.
s = set()
for k in [1, 1.0, True, "a", (1, 2), (1.0, 2.0), None, 2, 2.5]:
    s.add(k)
print(len(s), 1.0 in s, True in s, (1.0, 2) in s, "a" in s)
s.discard(True)
print(len(s), 1 in s, sorted(map(str, s)))

# Sets holding sets' contents, frozensets and tuples: nested drops reuse tables too.
outer = set()
for i in range(20):
    inner = frozenset({i, i + 1, i + 2})
    outer.add(inner)
    outer.add((i, frozenset({i})))
    del inner
print(len(outer), frozenset({3, 4, 5}) in outer, (4, frozenset({4})) in outer)
outer = None
fresh = {x * x for x in range(6)}
print(sorted(fresh))
s2 = set([3, 1, 2, 3, 1])
print(sorted(s2), set("abca") == {"a", "b", "c"})
s3 = set(fresh)
s3.add(100)
print(len(fresh), len(s3))

# Instances with __eq__/__hash__ as keys in sets built after reuse.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v or other == self.v

for rnd in range(3):
    ks = set()
    ks.add(K(1))
    ks.add(K(1))
    ks.add(1)
    ks.add(K(2))
    print(rnd, len(ks), K(2) in ks, 2 in ks, 3 in ks)

# Iteration order is insertion order of the new set, not of an old one.
for rnd in range(3):
    s = set()
    for k in (7, 3, 9, 1) if rnd % 2 else (1, 9, 3, 7):
        s.add(k)
    print(rnd, sorted(s), len(s))
