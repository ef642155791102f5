# An operand-level target in a one-target assignment: CPython suggests ==.
print("never printed")
len(x) = 3
