# Exits from the side trace that runs from an inner `for` loop's end round the outer loop:
# an exception in the outer body (caught outside), a generator as the outer iterable, an
# inner loop's `else` and `break`, the outer loop ending in the middle of the nest, and a
# `continue` in the outer body.


def div_after(n):
    total = 0
    for i in range(n):
        for j in range(20):
            total += j
        total += 1000 // (250 - i)  # ZeroDivisionError at i == 250
    return total


def gen_outer(n):
    total = 0
    for i in (k * 2 for k in range(n)):
        for j in range(i % 9):
            total += j * i
    return total


def else_break(n):
    hits = 0
    misses = 0
    for i in range(n):
        for j in range(12):
            if (i * 7 + j) % 97 == 0:
                hits += 1
                break
        else:
            misses += 1
    return hits, misses


def continue_outer(n):
    total = 0
    for i in range(n):
        for j in range(8):
            total += j
        if i % 3 == 0:
            continue
        total -= i
    return total


def outer_list_changes(n):
    rows = [[1, 2], [3, 4, 5]] * 100
    total = 0
    for r in rows:
        for x in r:
            total += x
        if len(rows) < 300:
            rows.append([7])
    return total, len(rows)


try:
    print(div_after(400))
except ZeroDivisionError as e:
    print("caught", e)
print(gen_outer(400))
print(else_break(400))
print(continue_outer(400))
print(outer_list_changes(0))
