# Augmented assignment to a tuple.
a = b = 0
a, b += 1, 2
