# Sets iterate in CPython's hash-table slot order, not insertion order: the order of
# ints, floats, bools and tuples of them is the same in every CPython 3.11 run.

print({3, 1, 2})
print({10, 5, 100, 33})
print(list({8, 0, 16, 1}))
print(set([40, 8, 72, 0, -1, -2, 31, 63]))
print({x * 25 for x in range(26)})
print({(1, 2), (2, 1), (0, 0), 7, 2.5, -3.5, True})

# Growth reinserts in slot order; big ints hash modulo 2**61 - 1.
s = set()
for v in [19, 39, 46, 4611686018427387908, 45, False, 49, 37, -2, 17.5, 41, 26, 4611686018427387907]:
    s.add(v)
print(s)

# A constant display is built as a frozenset constant and merged into a new set.
print({19, 39, 46, 4611686018427387908, 45, False, 49, 37, -2, 17.5, 41, 26, 4611686018427387907})
print({17, 1, 40, 3, 5, 33, 65})
print({(2, 4), 40, 43, 66, 55, 33, 4611686018427387908})

# Removal leaves a dummy slot that a later insertion reuses.
s = {1, 2, 3}
s.remove(2)
s.add(10)
print(s)
s = {0, 1, 2, 3}
s.discard(0)
s.discard(1)
s.add(9)
print(s)
# difference_update purges dummies when more than a quarter of the table holds them.
s = {0, 1, 2, 3}
s -= {0, 1}
s.add(9)
print(s)

# pop walks a finger that survives clear() and intersection_update().
s = {5, 1, 3, 64, 72}
print([s.pop() for _ in range(3)])
s.update([9, 1, 17])
print(s.pop(), s.pop(), sorted(s))
s = {1, 2, 3, 4, 5, 6}
print(s.pop(), s.pop())
s.intersection_update([1, 2, 3, 4, 5, 6, 7])
print(s.pop())
s.clear()
s.update(range(8))
print(s.pop())

# Copies and conversions are merges: a copy can be smaller than the original.
big = set(range(100))
for i in range(95):
    big.discard(i)
print(big, big.copy(), set(big), frozenset(big))
print(set({70: 0, 6: 0, 38: 0, 102: 0, 134: 0}))
t = set(range(16))
print(list(frozenset(t)) == list(t), list(set(t)))

# The operators walk the tables CPython walks.
a = {64, 3, 4611686018427387906, 4, 38, 4.5, 8, 35, 59, (0, 3), 49, 17, 22, 62, -5, 29}
b = {58, 64, (2, 1), 69, 15, 14}
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union([100, 36, 68], b))
print(a.intersection([64, 38, 4, 3, 99]))
print(a.difference([64, 38], {4}))
print(a.symmetric_difference([100, 3, 132]))
c = set(a)
c |= {100, 132}
c &= set(range(0, 200, 2))
print(c)
c -= {4, 38}
c ^= {1, 33, 64}
print(c)
c.symmetric_difference_update([7, 71, 1])
print(c)
print({*a, *b})

# frozenset: hash as CPython computes it, identity of frozenset(f) and f.copy().
f = frozenset({1, 2, 3})
print(hash(f), hash(frozenset()), hash(frozenset({(1, 2), 2.5})))
print(frozenset(f) is f, f.copy() is f)
print({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()})
