# Generator expressions passed directly to calls.
print(sum(x * x for x in range(1000)))
print(max(len(w) for w in "a quick brown fox".split()), min(x % 7 for x in range(10, 20)))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, 2, -1]))
print("".join(c for c in "h-e-l-l-o" if c != "-"), ",".join(str(i) for i in range(5)))
print(sorted((x % 5, x) for x in range(12)))
print(list(x * 2 for x in "abc"), tuple(i for i in range(3)), dict((i, str(i)) for i in range(3)))
print(sum(1 for c in "banana" if c == "a"), sum(x / 2 for x in range(5)))
