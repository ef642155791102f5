# Return values: implicit None, multiple values, early return.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), multi(), early(50), early(0), early(2))
a, b, c = multi()
print(a, b, c)
def classify(x):
    if x > 0:
        return "pos"
    if x < 0:
        return "neg"
print(classify(1), classify(-1), classify(0))
def nested_return():
    for i in range(3):
        for j in range(3):
            if i + j == 3:
                return i, j
print(nested_return())
