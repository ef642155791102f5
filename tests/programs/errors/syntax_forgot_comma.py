# Two list items without a comma.
print([1, 2 3])
