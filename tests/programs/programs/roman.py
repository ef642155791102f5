# Roman numeral conversion in both directions.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = ""
    for value, sym in PAIRS:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s):
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(n, r, from_roman(r))
ok = True
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if from_roman(r) != n:
        ok = False
        print("mismatch", n, r)
    if len(r) > len(longest):
        longest = r
print("round trip ok:", ok, "longest:", longest, from_roman(longest))
counts = {}
for n in range(1, 4000):
    for ch in to_roman(n):
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=lambda c: VALUES[c]))
