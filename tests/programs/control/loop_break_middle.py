# Long loops that break partway through.
n = 0
total = 0
while True:
    n += 1
    total += n * n
    if total > 10 ** 9:
        break
print(n, total)
first = -1
for i in range(100000):
    if (i * i) % 9973 == 1234:
        first = i
        break
print(first)
hits = 0
for i in range(1, 5000):
    if i % 7 == 0:
        continue
    hits += 1
    if hits == 3333:
        print("hit", i)
        break
x = 27
steps = 0
peak = x
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    peak = max(peak, x)
    steps += 1
    if steps > 10000:
        break
print(steps, peak)
