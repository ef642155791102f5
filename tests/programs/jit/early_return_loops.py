# Loops that mostly leave through a `return` or `break` in their first iterations: their
# traces exit at the leaving path on nearly every entry and are given up; results must not
# change while that happens.


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return -1


def index_of(xs, v):
    i = 0
    for x in xs:
        if x == v:
            break
        i += 1
    return i


def each(rows):
    for r in rows:
        yield r


rows = [[1, 3, 5, 7, 9, 11, 4] if i % 8 == 0 else [2] for i in range(400)]
rows.append([1, 3, 5])
total = 0
found = 0
for k in range(6):
    for r in each(rows):
        total += first_even(r)
        found += index_of(r, 4 if k % 2 else 2)
print(total, found)
print(first_even([]), first_even([1.5, 3, 8.0]), index_of([], 1), index_of(["a", "b"], "b"))
