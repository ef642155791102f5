# Bitwise operations on small, negative and big ints.
vals = [0, 1, 5, 12, -1, -5, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 7, a | 8, a ^ 5, a & -a)
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big & -big, ~big)
print(-big & 0xFFFFFFFF, -big | 0xFF, -big ^ 2 ** 64)
print((2 ** 64 - 1) & (2 ** 63), (2 ** 64) | (2 ** 63), (2 ** 128 - 1) ^ (2 ** 64 - 1))
print(-(2 ** 70) & (2 ** 72 - 1), -(2 ** 70) | 5, ~(-(2 ** 70)))
x = 0
for i in range(0, 80, 7):
    x |= 1 << i
print(x, bin(x))
count = 0
y = x
while y:
    y &= y - 1
    count += 1
print("popcount:", count)
print(True & False, True | False, True ^ True, type(True & True))
print(6 & 3 | 8, 6 ^ 3 & 1, 1 | 2 ^ 3 & 4)
