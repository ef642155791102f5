# Arithmetic on None returned from a function without return.
def compute(x):
    x * 2


result = compute(5)
print(result)
print(result + 1)
