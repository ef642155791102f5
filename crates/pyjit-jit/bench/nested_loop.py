# Nested loops with a branch: the inner loop is traced, entered once per outer iteration
def h(n, m):
    count = 0
    acc = 0.0
    for i in range(n):
        for j in range(m):
            if (i ^ j) & 1:
                count += j
            else:
                acc += j * 0.5
    return count, acc


print(h(3000, 1000))
