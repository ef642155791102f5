# Ordering comparison between int and str inside a function.
def smaller(a, b):
    return a if a < b else b


print(smaller(3, 2))
print(smaller("b", "a"))
print(smaller(3, "one"))
