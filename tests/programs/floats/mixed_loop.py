# A variable that switches from int to float mid-loop, and back.
x = 0
for i in range(2000):
    if i == 1000:
        x = x + 0.5
    x += i
    if i % 250 == 0:
        print(i, x, type(x))
print(x, type(x))
y = 1
for i in range(1500):
    if i % 3 == 0:
        y = y * 2
    elif i % 3 == 1:
        y = y / 2
    else:
        y = int(y) + 1
print(y, type(y))
vals = []
v = 7
for i in range(1200):
    if v > 1000:
        v = v / 7
    else:
        v = v * 3
    if i % 100 == 0:
        vals.append(v)
print(vals)
z = 10
n = 0
while z != 1 and n < 5000:
    z = z // 2 if z % 2 == 0 else 3 * z + 1
    n += 1
print(z, n)
