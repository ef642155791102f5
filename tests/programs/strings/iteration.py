# Iterating over strings.
s = "programming"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()))
print(list(s), sorted(s), list(reversed(s)), "".join(reversed(s)))
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels:", vowels)
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
upper = ""
for ch in "mixed Case 42":
    upper += ch.upper() if ch.islower() else ch.lower()
print(upper)
print(max("zebra"), min("zebra"), "zebra".index(max("zebra")))
