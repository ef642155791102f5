# A generator expression beside another argument.
print(sum(x for x in range(3), 10))
