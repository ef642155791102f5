# A dict that changes size in a traced loop over it: the RuntimeError's traceback points at
# the `for` line, as in CPython.


def walk(d, at):
    n = 0
    for k, v in d.items():
        n += v
        if k == at:
            d[1000] = 1
    return n


print(walk({i: i for i in range(300)}, 400))
print(walk({i: i for i in range(300)}, 250))
