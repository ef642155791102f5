# list.remove() of a missing element.
items = [1, 2, 3]
items.remove(2)
print(items)
items.remove(5)
