# True division by zero.
for d in [4, 2, 1, 0]:
    print(8 / d)
