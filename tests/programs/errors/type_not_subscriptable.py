# Subscripting an int.
data = [10, 20, 30]
print(data[1])
x = data[1]
print(x[0])
