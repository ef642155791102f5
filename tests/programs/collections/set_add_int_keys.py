# `s.add(i)` for ints: equal keys of other types (1.0, True) already stored stay, an
# instance key of equal hash has its `__eq__` asked, and growth, removals and re-adds keep
# CPython's slot order (the table is rebuilt from the live keys, in slot order).

s = {1.0, 2.0}
s.add(1)
s.add(True)
s.add(2)
print(s, [type(k).__name__ for k in s])
s = {True, False}
s.add(1)
s.add(0)
print(s)
s = set()
s.add(-1)
s.add(-2)
s.add(2**61 - 1)
s.add(2**61)
s.add(2**62)
s.add(0)
print(s, len(s))
print(-1 in s, -2 in s, 2**61 - 1 in s, 1 in s)


class K:
    def __init__(self, h, eq):
        self.h = h
        self.eq = eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.h, other)
        return self.eq


s = {K(5, False), K(13, True)}
s.add(5)
s.add(13)
s.add(21)
print(len(s), sorted(k if isinstance(k, int) else -k.h for k in s))

# Growth: 5 keys grow 8 slots to 32, 19 keys 32 to 128.
s = set()
order = []
for q in [77, 3, 45, 12, 99, 64, 5, 33, 81, 27, 9, 60, 18, 90, 41, 2, 70, 36, 54, 100, 7]:
    s.add(q)
    order.append(list(s))
for o in order:
    print(o)

# Adds after removals reuse dummies; growth then purges them.
s = set(range(0, 40, 3))
for q in range(0, 40, 6):
    s.discard(q)
print(s)
for q in range(1, 60, 4):
    s.add(q)
    s.add(q + 64)
print(s)
while len(s) > 3:
    s.pop()
s.add(8)
s.add(128)
print(s)

# Sets of objects are freed with their keys.


class Noisy:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __del__(self):
        print("del", self.n)


s = {Noisy(i) for i in [9, 2, 7]}
t = set(s)
del s
print("copy kept", len(t))
del t
print("done")

# Displays of variables (built at run time): ints, duplicates, ints past the hash modulus,
# and mixes with equal floats and bools, in CPython's order.
a, b, c = 9, 2**61 - 1, 2**61 + 5
print({a, 1, a, -1, -2, 17, 1})
print({a, b, c, 0, 6})
print({a, 9.0, True, 1}, {1.0, a, 1})
print(len({a, a, a}), {a} == {9.0}, sorted({x for x in [a, 3, a]}))
