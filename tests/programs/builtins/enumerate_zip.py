# enumerate() and zip().
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, v in enumerate("xyz", start=1):
    print(i, v)
print(list(enumerate([])), list(enumerate("ab", 5)), list(enumerate(range(3), -2)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], [3, 4], [5, 6])), list(zip([1, 2, 3], [4])))
print(list(zip()), list(zip([])), list(zip("ab")), dict(zip("abc", range(3))))
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(zip(names, scores), 1):
    print(rank, name, score)
a = [1, 2, 3]
b = [10, 20, 30]
dot = 0
for x, y in zip(a, b):
    dot += x * y
print(dot)
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)))
