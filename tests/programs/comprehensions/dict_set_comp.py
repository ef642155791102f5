# Dict and set comprehensions.
squares = {x: x * x for x in range(8)}
print(squares)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
lengths = {w: len(w) for w in "the quick brown fox".split()}
print(lengths)
evens = {x for x in range(20) if x % 2 == 0}
print(sorted(evens), len(evens))
letters = {c for c in "mississippi"}
print(sorted(letters))
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid)
