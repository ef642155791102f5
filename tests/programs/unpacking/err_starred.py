# A starred target still needs enough values for the other names.
a, *b, c = [1, 2, 3]
print(a, b, c)
a, b, *c, d = [1, 2]
