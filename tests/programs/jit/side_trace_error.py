# An exception raised on the path of a side trace: the side trace exits to the
# interpreter, which raises with its own traceback.


def lookup(xs, idx):
    total = 0
    for i in range(len(idx)):
        if i % 2:
            total += xs[idx[i]]
        else:
            total -= 1
    return total


def main():
    xs = list(range(10))
    idx = [i % 10 for i in range(2000)]
    print(lookup(xs, idx))
    idx[1501] = 10
    print(lookup(xs, idx))


main()
