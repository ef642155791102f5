# Mixing big and small ints in every operation.
big = 2 ** 90 + 12345
small = 97
print(big + small, big - small, small - big, big * small, big * -small)
print(big // small, big % small, -big // small, -big % small)
print(big // -small, big % -small, small // big, small % big, -small % big)
print(divmod(big, small), divmod(-big, small), divmod(small, -big))
print(big == big + 0, big != small, big > small, -big < small, small < big)
print(big - big, (big - big) == 0, type(big - big))
print(big * 0, 0 * big, big // big, big % big)
print((big * small) // small == big)
print(max(big, small, -big), min(big, small, -big))
print(abs(-big), -(-big) == big)
y = 10 ** 25
for k in range(5):
    y = y // 7 + small
    print(k, y)
z = 10 ** 20 // 3
print(z, 10 ** 20 % 3, 10 ** 20 // 3 * 3 + 10 ** 20 % 3)
print(10 ** 18 + 10 ** 18, 10 ** 19 - 1, 10 ** 19 * 10)
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), 2 ** 62 * 3)
print(big ** 2, (big ** 2) // big == big)
