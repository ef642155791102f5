# Deleting and re-inserting keys keeps dicts in insertion order.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
print(d)
d[0] = "back"
d[3] = "again"
print(d, list(d))
d[5] = "updated in place"
print(d)
big = {}
for i in range(1000):
    big[i % 97] = i
print(len(big), big[0], big[96], list(big)[:5])
for i in range(0, 97, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
order = {}
for w in "to be or not to be that is the question".split():
    if w in order:
        del order[w]
    order[w] = len(order)
print(order)
