# A bracket left open at the end of the file.
values = [1, 2, 3
print(values)
