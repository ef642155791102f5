# Calling a function with a missing argument.
def f(a, b):
    return a * b


print(f(3, 4))
print(f(3))
