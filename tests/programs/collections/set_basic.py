# Sets: membership, add/discard/remove; printed sorted for determinism.
s = set()
for x in [5, 3, 8, 3, 1, 5, 9, 8]:
    s.add(x)
print(sorted(s), len(s), 3 in s, 4 in s, 4 not in s)
s.discard(3)
s.discard(100)
s.remove(9)
print(sorted(s), len(s))
words = set("mississippi")
print(sorted(words), len(words))
t = set([1, 2, 3])
print(t, set(), {7}, set([4]), {0, 1, 2, 3})
u = {"apple", "banana", "apple", "cherry"}
print(sorted(u), len(u), "apple" in u)
v = set(range(0, 30, 3))
w = set(range(0, 30, 5))
print(sorted(v), sorted(w), sorted(v & w), sorted(v | w))
c = u.copy()
c.add("date")
print(sorted(u), sorted(c), u == c, u != c)
c.clear()
print(c, len(c), bool(c))
seen = set()
dups = []
for x in [1, 2, 3, 2, 4, 1, 5, 3, 6]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print({1, 2} == {2, 1}, {1.0, 1, True}, len({1, 1.0, True}))
