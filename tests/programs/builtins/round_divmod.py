# round() and divmod().
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.125, 2), round(1.25, 1), round(1.35, 1))
print(round(5), round(5, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 2), round(2.71828, 0), round(-2.71828, 3), round(1e15 + 0.5), round(0.5, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 7), divmod(-(2 ** 70), 7), divmod(True, 2))
for v in [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, -0.5, -2.5]:
    print(v, round(v), round(v, 0))
