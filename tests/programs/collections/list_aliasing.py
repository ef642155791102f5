# Aliasing and copying semantics.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c, a is c, a == c[:4])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(3):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = [0]
print(mutate(orig), orig)
