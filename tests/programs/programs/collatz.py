# Collatz sequence statistics.
def collatz_len(n, cache):
    steps = 0
    path = []
    while n != 1 and n not in cache:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    base = cache.get(n, 0)
    for i in range(len(path)):
        cache[path[i]] = base + steps - i
    return base + steps


cache = {1: 0}
best = 1
best_len = 0
hist = {}
for n in range(1, 30001):
    length = collatz_len(n, cache)
    if length > best_len:
        best = n
        best_len = length
    bucket = length // 50
    hist[bucket] = hist.get(bucket, 0) + 1
print("longest chain under 30001:", best, best_len)
for b in sorted(hist):
    print(f"{b * 50:>4}-{b * 50 + 49:<4} {hist[b]}")


def trajectory(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out


t = trajectory(27)
print(len(t), max(t), t[:12])
big = 2 ** 100 - 1
steps = 0
peak = big
while big != 1:
    big = big // 2 if big % 2 == 0 else 3 * big + 1
    if big > peak:
        peak = big
    steps += 1
print("2**100-1:", steps, "steps, peak has", len(str(peak)), "digits")
records = []
record = -1
for n in range(1, 3000):
    l = cache[n]
    if l > record:
        record = l
        records.append((n, l))
print(records)
