# Calling an int.
count = 3
print(count)
result = count(4)
