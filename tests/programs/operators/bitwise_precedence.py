# Bitwise operator precedence: shifts < arithmetic, & < shifts, ^ < &, | < ^, comparisons last.
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 | (2 ^ (3 & 4)))
print(1 << 2 + 1, (1 << 2) + 1, 64 >> 2 - 1, 16 >> 1 >> 1, 1 << 1 << 1)
print(5 & 6 == 4, (5 & 6) == 4, 3 | 4 < 8, 3 ^ 1 > 1)
print(-1 & 0xFF, -1 >> 1 & 0xF, ~0 & 0xF, ~0xF & 0xFF)
for i in range(8):
    print(i, i & 1, i | 8, i ^ 5, i << i, (i << i) >> 1, ~i & 7)
