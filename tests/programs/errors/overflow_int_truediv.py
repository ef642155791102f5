# True division of huge ints whose result does not fit a float.
print((10 ** 400) // 3 > 0)
print(10 ** 400 / 3)
