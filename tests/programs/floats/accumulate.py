# Accumulating floats in hot loops.
s = 0.0
for i in range(1000):
    s += 0.1
print(s, s == 100.0, round(s, 6))
t = 0
for i in range(1, 2001):
    t += 1 / i
print(t)
p = 1.0
for i in range(1, 171):
    p *= i
print(p)
p *= 171
print(p)
h = 0.0
k = 1.0
for i in range(3000):
    h += k / (2 * i + 1)
    k = -k
print(h * 4)
x = 0.5
for i in range(1000):
    x = 3.7 * x * (1 - x)
print(x)
m = 1.0
n = 0
while m > 0:
    m /= 2
    n += 1
print(n, m)
