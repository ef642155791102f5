# List comprehensions.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[i * j for j in range(4)] for i in range(3)])
print([x if x % 2 else -x for x in range(8)])
words = ["apple", "Banana", "cherry", "date"]
print([w[0] for w in words], [len(w) for w in words if w.islower()])
print([n for n in range(2, 50) if all([n % d for d in range(2, n)])])
