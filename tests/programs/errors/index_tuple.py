# Tuple index out of range, negative.
t = (1, 2, 3)
print(t[-3])
print(t[-4])
