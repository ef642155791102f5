# Iterating over an int.
n = 5
for i in range(n):
    print(i)
for i in n:
    print(i)
