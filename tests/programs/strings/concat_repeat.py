# Concatenation, repetition, membership, comparison.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -2), (a + b) * 2)
print("o" in a, "oo" in a, "" in a, "fb" in a + b, "x" not in a)
print(a < b, a > b, a == "foo", "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
s = ""
for i in range(26):
    s += chr(ord("a") + i)
print(s, len(s))
acc = ""
for i in range(1000):
    acc += str(i % 10)
print(len(acc), acc[:30], acc[-5:], acc.count("7"))
line = "=" * 20
print(line)
print("-" * 5 + ">" + " " * 3 + "<" + "-" * 5)
print("ab" * 3 == "ababab", "ab" + "" == "ab")
