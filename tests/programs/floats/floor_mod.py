# Floor division and modulo on floats with every sign combination.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (-0.0, 3),
         (0.0, -3), (5.5, 0.5), (-5.5, 0.5), (1e20, 3.0), (0.1, 0.03), (-1e-9, 1.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7.5 // 2, 7.5 // -2, -7.5 % 2, 7.5 % -2)
print(6.0 // 3, -6.0 // 3, 6.0 % -3, -6.0 % 3)
print(type(7 // 2.0), 7 // 2.0, 7 % 2.0)
print(5 % 1.5, -5 % 1.5, 5.25 % -1.5)
x = 10.0
for i in range(10):
    x = (x * 7.3) % 11.1
    print(i, x, x // 1)
