# List index out of range.
items = ["a", "b", "c"]
for i in range(5):
    print(i, items[i])
