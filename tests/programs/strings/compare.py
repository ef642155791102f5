# Lexicographic string comparison.
words = ["banana", "Apple", "cherry", "apple", "Banana", "apple pie", "app", "", "Zebra", "zebra"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(min(words), max(words))
for a, b in [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("A", "a"), ("a", "A"), ("10", "9"), ("", "")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("abc" < "abd" < "abe", "b" > "a" > "A", "é" > "z", "Ω" > "é")
