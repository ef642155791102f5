# Deleting many keys from a dict is linear, in any order (CPython's dict leaves a hole per
# deleted entry and compacts on a later insertion): 200 000 keys deleted several ways, with
# pops, re-insertions and iteration checks in between. Insertion order must survive all of it.

N = 200_000


def checksum(d):
    s = 0
    for i, (k, v) in enumerate(d.items()):
        s = (s * 31 + int(k) * 7 + v + i) % 1_000_000_007
    return s


# In insertion order.
d = {i: i for i in range(N)}
for i in range(N):
    del d[i]
print(len(d), d)
d[5] = 5
print(d, list(d))

# In reverse order.
d = {i: -i for i in range(N)}
for i in range(N - 1, -1, -1):
    del d[i]
print(len(d))

# Every other key, then the rest; re-inserted keys go last.
d = {i: i for i in range(N)}
for i in range(0, N, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:], checksum(d))
for i in range(0, 20, 2):
    d[i] = i
print(len(d), list(d)[:3], list(d)[-11:])
for i in range(1, N, 2):
    assert d.pop(i) == i
print(len(d), d)

# pop with a default, popitem, and deleting while the keys are strings.
d = {str(i): i for i in range(N)}
total = 0
for i in range(0, N, 3):
    total += d.pop(str(i))
print(total, d.pop("missing", "dflt"), len(d))
last = [d.popitem() for _ in range(3)]
print(last, len(d))
for k in list(d):
    if int(k) % 5:
        del d[k]
print(len(d), list(d)[:4], checksum(d))

# A queue: add at the end, delete from the front; the dict stays small.
d = {}
for i in range(N):
    d[i] = i
    if i >= 10:
        del d[i - 10]
print(len(d), list(d))

# Iteration sees the surviving keys in order; deleting or adding during iteration fails as
# in CPython, and keys changed but size unchanged is detected.
d = {i: i * i for i in range(10)}
for k in [3, 0, 9, 5]:
    del d[k]
print(list(d.items()), list(reversed(d)))
it = iter(d)
print(next(it), next(it))
del d[6]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(4)}
try:
    for k in d:
        del d[k]
        d[k + 100] = k
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(3)}
seen = []
for k in d:
    seen.append(k)
    if k < 100:
        del d[k]
        d[k + 100] = k
print(seen, d)

# Module globals and instance attributes are dicts too.
g = globals()
for i in range(2000):
    g["tmp%d" % i] = i
for i in range(2000):
    del g["tmp%d" % i]
print(sorted(k for k in g if k.startswith("tmp")))


class C:
    pass


o = C()
for i in range(1000):
    setattr(o, "a%d" % i, i)
for i in range(0, 1000, 2):
    delattr(o, "a%d" % i)
print(len(o.__dict__), o.a1, o.a999, list(vars(o))[:3])
o.a0 = "back"
print(list(vars(o))[-2:], o.a0)

# Copies, equality and comparison after deletions.
d = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del d[i]
e = d.copy()
print(e == d, list(e) == list(d), dict(d) == d, len(e))
e.clear()
e.update(d)
print(list(e)[:5])
