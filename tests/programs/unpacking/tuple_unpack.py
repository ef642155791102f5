# Tuple unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
(p, q), (r, s) = [1, 2], "ab"
print(p, q, r, s)
((n1, n2), n3), n4 = ((1, 2), 3), 4
print(n1, n2, n3, n4)
one, = [1]
print(one)
[single] = "x"
print(single)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
c1, c2, c3 = range(3)
print(c1, c2, c3)
i, j = j, i = 5, 6
print(i, j)
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter)
u, v = divmod(17, 5)
print(u, v)
w1, w2, w3 = "abc"
print(w3, w2, w1)
