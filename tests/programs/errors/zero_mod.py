# Integer modulo by zero.
print(10 % 3)
print(10 % 0)
