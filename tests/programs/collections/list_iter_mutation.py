# A for loop over a list, and list subscripts, while the list changes under them:
# appends and removals during iteration, items replaced, the list cleared or
# rebound, negative and out-of-range indexes, subscripts of a list held by an
# iterator; in loops hot enough for the JIT.

lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if x < 40:
        lst.append(x * 2)
print(seen, len(lst))

lst = list(range(20))
out = []
for x in lst:
    out.append(x)
    if x % 3 == 0 and x in lst:
        lst.remove(x)
print(out, lst)

lst = list(range(10))
out = []
for i, x in enumerate(lst):
    lst[(i + 1) % len(lst)] = x * 10
    out.append(x)
print(out)

lst = [5, 6, 7, 8]
out = []
for x in lst:
    out.append(x)
    if x == 6:
        lst.clear()
print(out, lst)

lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    lst = [9, 9, 9, 9]
print(out, lst)

# Subscripts in a hot loop, with a list that grows and shrinks.
data = list(range(50))
total = 0
for i in range(2000):
    j = i % 60 - 5
    try:
        total += data[j] + data[-1] + data[len(data) // 2]
    except IndexError:
        total -= 1
    if i % 7 == 0:
        data.append(i)
    if i % 11 == 0:
        data.pop(0)
print(total, len(data))

# Nested loops over the same list, the inner one mutating it.
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
acc = []
for row in grid:
    for v in row:
        if v > 0 and v % 5 == 0:
            row.append(-v)
        acc.append(v)
print(acc[:30], len(acc))

# A list iterator advanced by hand between loop steps.
lst = list(range(12))
it = iter(lst)
pairs = []
for a in it:
    b = next(it, None)
    lst.append(a) if a < 3 else None
    pairs.append((a, b, lst[a]))
print(pairs)
