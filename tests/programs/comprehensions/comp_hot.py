# Large comprehensions in loops.
total = 0
for rep in range(20):
    vals = [i * rep for i in range(1000)]
    total += sum(vals)
print(total)
big = [2 ** i for i in range(100)]
print(big[-1], sum(big) == 2 ** 100 - 1)
mixed = [i if i % 3 else i / 2 for i in range(3000)]
print(sum(mixed), mixed[:7])
counts = {k: 0 for k in range(10)}
for v in [i * 7 % 10 for i in range(5000)]:
    counts[v] += 1
print(counts)
