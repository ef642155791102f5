# Nested loops.
triples = []
for a in range(1, 60):
    for b in range(a, 60):
        for c in range(b, 60):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(len(triples), triples[:6], triples[-1])
table = []
for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row += str(i * j).rjust(3)
    table.append(row)
print("\n".join(table))
count = 0
for i in range(100):
    for j in range(100):
        if (i ^ j) & 1:
            count += 1
print(count)
