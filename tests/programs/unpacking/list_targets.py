# Unpacking into list targets, subscripts and chained assignment.
[a, b, c] = (1, 2, 3)
print(a, b, c)
[a, [b, c]] = [10, (20, 30)]
print(a, b, c)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
d = {}
d["x"], d["y"] = 1, 2
print(d)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = 5, 6
print(m)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
p = q = 5
p += 1
print(p, q)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
