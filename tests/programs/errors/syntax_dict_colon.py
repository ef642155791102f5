# A dict display with an item that has no key: value pair.
d = {"a": 1,
     "b"}
print(d)
