# Converting ints to text in various bases.
print(str(10 ** 50), repr(-(10 ** 30)))
print(str(0), str(-0), str(7), repr(7), str(-123))
for n in [0, 1, 7, 8, 255, 256, -1, -255, 4096, 2 ** 32, 2 ** 64, -(2 ** 64), 2 ** 100 + 1]:
    print(n, hex(n), oct(n), bin(n))
print(len(str(2 ** 1000)), len(str(-(2 ** 1000))))
print(str(3 ** 100)[::-1])
digits = str(2 ** 200)
counts = {}
for ch in digits:
    counts[ch] = counts.get(ch, 0) + 1
for d in sorted(counts):
    print(d, counts[d])
print(str(12) + str(34), int(str(12) + str(34)) + 1)
