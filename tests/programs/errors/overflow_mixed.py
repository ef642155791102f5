# Mixing a huge int with a float.
x = 2 ** 2000
print(x > 1.5)
print(x + 1.5)
