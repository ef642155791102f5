# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "hello"
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
[h, *t] = range(5)
print(h, t, type(t))
*everything, = (1, 2, 3)
print(everything)
x, y, *others = 1, 2
print(x, y, others)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
head, *tail = "x"
print(head, tail)
for first, *more in [(1, 2, 3), (4,), (5, 6)]:
    print(first, more)
*front, back = {"k1": 1, "k2": 2, "k3": 3}
print(front, back)
p, *q, r, s = range(10)
print(p, q, r, s)
