# Read words from stdin until a sentinel line, counting them.
counts = {}
lines = 0
while True:
    line = input()
    if line == "END":
        break
    lines += 1
    for w in line.lower().split():
        counts[w] = counts.get(w, 0) + 1
print("lines:", lines)
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:<8}{c:>3}")
print(repr(input()), repr(input()))
