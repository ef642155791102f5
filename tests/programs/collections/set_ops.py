# Set algebra.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([10, 11], (12,))), sorted(a.intersection(range(3, 10))), sorted(a.difference("x")))
print({1, 2}.issubset(a), {1, 9}.issubset(a), a.issubset(a), a.issuperset({1, 2}), set().issubset(a))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {5}, a > {5}, a == set(range(1, 6)))
print(a.isdisjoint(b), a.isdisjoint({100}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
letters1 = set("hello world")
letters2 = set("lowered")
print(sorted(letters1 & letters2), sorted(letters1 - letters2), sorted(letters1 ^ letters2))
evens = set(range(0, 50, 2))
threes = set(range(0, 50, 3))
print(sorted(evens & threes), len(evens | threes), len(evens - threes))
