# sorted() and reversed().
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["aa", "b", "ccc"], key=len, reverse=True))
data = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed([])))
orig = [5, 4, 3]
s = sorted(orig)
print(orig, s, s is orig)
for x in reversed(range(0, 10, 3)):
    print(x, end=" ")
print()
print(sorted([-3, 2, -1, 0], key=abs), sorted(["B", "a", "C"], key=lambda s: s.lower()))
