# pop(i), insert(i, x), remove(x) and del l[i] on lists longer than one shift step
# (64 items): the items keep their order whatever the position and length.


class Tracked:
    log = []

    def __init__(self, n):
        self.n = n

    def __del__(self):
        Tracked.log.append(self.n)

    def __eq__(self, other):
        return isinstance(other, Tracked) and self.n == other.n


def check(n, i):
    ref = list(range(n))
    l = list(range(n))
    v = l.pop(i)
    ref = ref[:i] + ref[i + 1:]
    assert l == ref and v == i, (n, i)
    l.insert(i, v)
    assert l == list(range(n)), (n, i, "insert")
    del l[i]
    assert l == ref, (n, i, "del")
    l.insert(i, i)
    l.remove(i)
    assert l == ref, (n, i, "remove")


total = 0
for n in (1, 2, 63, 64, 65, 66, 127, 128, 129, 130, 200, 257, 1000):
    for i in sorted({0, 1, n // 2, n - 66, n - 65, n - 64, n - 2, n - 1}):
        if 0 <= i < n:
            check(n, i)
            total += 1
print("checked", total)

# negative and clamped indexes on long lists
l = list(range(300))
print(l.pop(-300), l.pop(-1), l.pop(-150), len(l))
l.insert(-1000, "a")
l.insert(1000, "z")
l.insert(-5, "m")
print(l[:3], l[-7:], len(l))

# a queue used as in deltablue: pop(0) and append
q = list(range(500))
s = 0
for k in range(5000):
    x = q.pop(0)
    s += x * (k % 7)
    q.append(x + 1)
print(s, q[:3], q[-3:], len(q))

# removal of objects with __del__ from a long list: freed when removed, others kept
objs = [Tracked(k) for k in range(150)]
objs.pop(0)
del objs[70]
objs.remove(Tracked(149))
print(Tracked.log[:4], len(objs), [o.n for o in objs[:3]], [o.n for o in objs[-3:]])
Tracked.log.clear()
del objs
print(len(Tracked.log))

try:
    [].pop(0)
except IndexError as e:
    print("IndexError", e)
try:
    list(range(100)).pop(100)
except IndexError as e:
    print("IndexError", e)
try:
    list(range(100)).remove(100)
except ValueError as e:
    print("ValueError", e)
