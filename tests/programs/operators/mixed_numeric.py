# Mixing int, float and bool in arithmetic.
print(1 + 2.0, 3 * 0.5, 7 - True, True + 0.5, 2 ** 0.5 * 2 ** 0.5, 10 - 0.1)
print(type(1 + 2.0), type(True + 1), type(True + True), type(1 * 1.0), type(4 / 2))
print(1 == 1.0, 1.0 == True, 2 ** 53 == 2.0 ** 53, 0.5 + 0.5 == 1, hash(1) == hash(1.0))
print(2 ** 70 + 0.5, 2 ** 70 * 1.0, float(2 ** 70) == 2 ** 70, 10 ** 20 + 1.0 == 10 ** 20)
print(3 // 2.0, 3 % 2.0, -3 // 2.0, divmod(7, 2.0), divmod(-7.0, 2))
print(max(1, 2.0, True), min(0, -0.0, False), abs(-3) + abs(-3.5))
acc = 0
for v in [1, 2.5, True, -4, 0.25, False, 10 ** 18]:
    acc = acc + v
    print(acc, type(acc))
