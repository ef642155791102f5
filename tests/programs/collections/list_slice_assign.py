# Slice assignment and del on lists.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = [1, 2, 3]
print(a)
b = list(range(10))
b[::2] = ["x", "y", "z", "w", "v"]
print(b)
b[1::3] = [0, 0, 0]
print(b)
c = list(range(12))
del c[0]
del c[-1]
print(c)
del c[2:5]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
d = [1, 2, 3, 4, 5, 6]
d[1:4] = "XY"
print(d)
d[10:20] = [7, 8]
print(d)
d[::-1] = list(range(len(d)))
print(d)
e = [0, 1, 2, 3, 4, 5, 6, 7]
del e[5:1:-2]
print(e)
x = 5
del x
x = "rebound"
print(x)
