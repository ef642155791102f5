# Converting a huge int to float.
big = 2 ** 1024
print(float(2 ** 1023))
print(float(big))
