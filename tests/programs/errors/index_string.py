# String index out of range.
s = "abc"
print(s[-3], s[2])
print(s[3])
