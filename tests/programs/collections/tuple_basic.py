# Tuples.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), (1, 2).index(2), (1, 1, 2).count(1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
a = 1, 2, 3
print(a, type(a))
x, y = (10, 20)
print(x + y)
points = [(3, 4), (1, 2), (3, 1), (0, 0)]
print(sorted(points), max(points), min(points))
dist = []
for p in points:
    dist.append(p[0] * p[0] + p[1] * p[1])
print(dist)
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested))
single = ("only",)
print(single, len(single), single[0])
