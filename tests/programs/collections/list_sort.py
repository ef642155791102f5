# sort() and sorted() with key and reverse; sorting is stable.
nums = [5, 2, 9, 1, 5, 6, -3, 0, 2]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "Cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs), sorted(pairs, key=lambda p: -p[1]))
mixed = [3, 1.5, 2, -0.5, 10 ** 20, True]
print(sorted(mixed))
records = []
for i in range(20):
    records.append((i * 7 % 5, i))
records.sort(key=lambda r: r[0])
print(records)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
nested = [[2, 1], [1, 2], [1, 1], [2], []]
nested.sort()
print(nested)
