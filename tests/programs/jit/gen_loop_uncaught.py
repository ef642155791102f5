# An exception raised deep inside a `yield from` chain that a compiled loop consumes
# (branch jit-gen): the traceback is the interpreter's, every level's line included.


def walk(depth, bad):
    if depth == 0:
        for i in range(600):
            if i == bad:
                raise ValueError("item %d" % i)
            yield i
        return
    yield from walk(depth - 1, bad)


def main():
    total = 0
    for v in walk(4, 450):
        total += v
    print(total)


main()
