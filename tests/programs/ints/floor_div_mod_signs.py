# Floor division and modulo round toward negative infinity for every sign combination.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7), (13, 13), (-13, 13)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, "->", q, r, divmod(a, b), q * b + r == a)
print((-7) % 3, 7 % -3, -7 // 2, 7 // -2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
big = 10 ** 30 + 7
for b in (3, -3, 10 ** 15, -(10 ** 15)):
    print(big // b, big % b, (-big) // b, (-big) % b)
print(-1 // 2 ** 70, 1 // -(2 ** 70), -1 % 2 ** 70, 1 % -(2 ** 70))
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
for a in range(-6, 7):
    print(a, a // 4, a % 4, a // -4, a % -4)
