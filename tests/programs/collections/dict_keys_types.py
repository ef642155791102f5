# Keys of different types; equal numbers are the same key.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d, len(d))
d[0] = "zero"
d[-0.0] = "neg zero"
d[False] = "false"
print(d)
d[(1, 2)] = "tuple"
d["1"] = "string one"
d[None] = "none"
d[2 ** 100] = "big"
print(d)
print(d[1], d[(1, 2)], d["1"], d[None], d[2 ** 100], d[1.0], 1.0 in d, 2 in d)
e = {1.5: "a", -1: "b", 10 ** 20: "c"}
print(e[1.5], e[-1], e[10 ** 20], e.get(1.50), e.get(1))
points = {}
for x in range(3):
    for y in range(3):
        points[(x, y)] = x * 3 + y
print(points[(2, 1)], points[(0, 2)], len(points))
print(list(points)[:4])
