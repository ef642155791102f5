# Tuple assignment evaluates the right side fully before assigning.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
seq = []
for _ in range(30):
    seq.append(x)
    x, y = y, x + y
print(seq)
lst = [5, 1, 4, 2, 3]
for i in range(len(lst)):
    for j in range(len(lst) - 1 - i):
        if lst[j] > lst[j + 1]:
            lst[j], lst[j + 1] = lst[j + 1], lst[j]
print(lst)
n, m = 1071, 462
while m:
    n, m = m, n % m
print(n)
