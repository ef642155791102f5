# List and tuple iterators stay exhausted once a `for` loop has run them out,
# and mutating a list while a `for` loop walks it is seen by the loop.

l = [1, 2, 3]
it = iter(l)
for x in it:
    print("item", x)
l.append(4)
print("after append", list(it), next(it, "done"))

# A loop that ends while the list is still referenced elsewhere.
l2 = [10, 20]
it2 = iter(l2)
for x in it2:
    pass
l2.extend([30, 40])
for x in it2:
    print("never", x)
print("it2 stays exhausted", list(it2))

# Appending during iteration extends the loop; popping shortens it.
l3 = [1, 2, 3]
seen = []
for x in l3:
    seen.append(x)
    if x < 3 and len(l3) < 6:
        l3.append(x + 10)
print(seen, l3)

l4 = [1, 2, 3, 4, 5, 6]
out = []
for x in l4:
    out.append(x)
    l4.pop()
print(out, l4)

# Nested loops over the same list, and an empty list.
l5 = [1, 2]
pairs = []
for a in l5:
    for b in l5:
        pairs.append((a, b))
print(pairs)
for x in []:
    print("never")

# Tuples and ranges.
t = (5, 6, 7)
tit = iter(t)
for x in tit:
    pass
print(list(tit), next(tit, "t-done"))
rit = iter(range(3))
print([x for x in rit], list(rit))

# Exhaustion inside a function, many times (a warm loop).
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

acc = 0
for i in range(300):
    acc += total([i, i + 1, i + 2])
print(acc)

# A list cleared during iteration.
l6 = [1, 2, 3]
for x in l6:
    print("cleared after", x)
    l6.clear()
print(l6)
