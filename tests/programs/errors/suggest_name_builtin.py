# The builtins come last, in CPython's order.
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
