# An IndexError raised inside a traced loop gives the interpreter's traceback.


def total(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    return s


print(total(list(range(1000)), 1000))
print(total(list(range(1000)), 1200))
