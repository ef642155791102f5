# String indexing and slicing.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[-2:-10:-3])
print(s[1:8:3], s[8:1], s[5:5], repr(s[3:2]), s[-1:-1], s[2:-2])
for i in range(-len(s), len(s), 3):
    print(i, s[i], s[i:], s[:i])
for step in [1, 2, 3, -1, -2, -4, 5]:
    print(step, repr(s[::step]), repr(s[2:11:step]), repr(s[11:2:step]))
t = "abcdefghij"
print(t[2:8][::-1], t[::-1][2:8], t[-3:][0], t[len(t) - 1])
print(t[0] + t[-1] + t[4:6], t[3:3] == "")
