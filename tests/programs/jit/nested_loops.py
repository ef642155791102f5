# Nested loops: the inner loop's trace is entered once per outer iteration; its exits
# (loop finished, break, branches) are where side traces attach.


def grid(n, m):
    s = 0
    for i in range(n):
        for j in range(m):
            if (i ^ j) & 1:
                s += j
            else:
                s -= i
    return s


def early_break(rows):
    found = 0
    for row in rows:
        for x in row:
            if x < 0:
                break
            found += x
    return found


def empty_inner(rows):
    n = 0
    for row in rows:
        for x in row:
            n += x
        n += 1
    return n


def outer_type_change(n):
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc = float(acc)
        for j in range(5):
            acc += j
    return acc


def inner_raises(rows):
    total = 0
    for row in rows:
        for x in row:
            total += 100 // x
    return total


def while_in_for(n):
    out = 0
    for i in range(n):
        k = i
        while k > 0:
            if k % 3 == 0:
                k -= 2
            else:
                k -= 1
            out += 1
    return out


print(grid(200, 50))
rows = [[(i * j) % 5 + 1 for j in range(8)] for i in range(300)]
for r in range(0, 300, 7):
    rows[r][r % 8] = -1
print(early_break(rows))
print(empty_inner([[] if i % 3 == 0 else [i, i + 1] for i in range(900)]))
print(outer_type_change(600))
rows = [[j % 4 + 1 for j in range(6)] for i in range(400)]
print(inner_raises(rows))
rows[350][4] = 0
try:
    inner_raises(rows)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(while_in_for(300))
