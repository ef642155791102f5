# Operator precedence and associativity.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, 7 // (2 * 2), -7 // 2 * 2, not 1 + 1, not 0 == 1, (not 0) == 1)
print(1 + 2 << 3, 1 << 2 + 3, 5 & 3 + 1, 5 | 2 & 3, 6 ^ 3 | 1, ~1 + 1, -~5, ~-5)
print(3 > 2 == 2, 1 < 2 == 2 < 3, 1 + 1 == 2 and 2 * 2 == 4, 0 or 1 and 2, (0 or 1) and 2)
print(2 * -3, 2 ** -3 * 8, -3 ** 2 * 2, 4 / 2 ** 2, 10 % 3 ** 2, -10 % 3 ** 2)
print("a" + "b" * 3, ("a" + "b") * 3, [1] + [2] * 2)
x = 5
print(x if x > 3 else -x, x * 2 if x < 3 else x ** 2, 1 if 0 else 2 if 0 else 3)
print(not x > 10, not (x > 10 or x < 0), x > 1 and not x > 4)
