# break and continue in nested loops.
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
total = 0
i = 0
while True:
    i += 1
    if i > 1000:
        break
    if i % 3 == 0 or i % 5 == 0:
        continue
    total += i
print(total)
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print(found)
words = ["keep", "skip", "keep2", "stop", "never"]
kept = []
for w in words:
    if w == "skip":
        continue
    if w == "stop":
        break
    kept.append(w)
print(kept)
