# Integer floor division by zero.
a = 17
for b in [5, 3, 0]:
    print(a // b)
