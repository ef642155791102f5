# An exception raised in the inner body of a loop nest that runs in machine code: the
# same traceback as the interpreter's.


def inner(row, j):
    return row[j]


def walk(rows, m):
    total = 0
    for r in range(len(rows)):
        for j in range(m):
            total += inner(rows[r], j)
    return total


rows = [[1] * 20 for _ in range(300)]
print(walk(rows, 20))
rows[250] = [1] * 10
print(walk(rows, 20))
