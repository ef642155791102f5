# Augmented assignment on subscripts.
counts = {"a": 0}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
lst = [1, 2, 3, 4]
lst[0] += 10
lst[-1] *= 5
lst[1] -= 7
lst[2] **= 3
lst[2] //= 4
lst[1] %= 4
print(lst)
grid = [[0, 0], [0, 0]]
grid[0][1] += 5
grid[1][0] -= 2
grid[1][1] = grid[0][1] * 2
print(grid)
d = {"k": [1]}
d["k"] += [2, 3]
d["k"][0] += 100
print(d)
s = {"x": "ab"}
s["x"] += "cd"
s["x"] *= 2
print(s)
m = [1.5, 2]
m[1] /= 4
m[0] **= 2
print(m)
b = [0b1100]
b[0] &= 0b1010
b[0] |= 1
b[0] ^= 0xFF
b[0] <<= 2
b[0] >>= 1
print(b)
t = {"n": 2 ** 62}
for i in range(4):
    t["n"] += 2 ** 62
print(t)
