# round() uses banker's rounding and the exact binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 0.49999999999999994]:
    print(v, round(v), type(round(v)))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.23456, 3), round(-1.23456, 3))
print(round(12345, -2), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1e20), round(1.5, 0), round(2.5, 0), round(-0.5, 0), round(-0.4))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(0.5, 1))
print(round(7), round(-7), round(7, 2), round(2 ** 70 + 1, -10))
print(round(1 / 3, 5), round(2 / 3, 10), round(1e-10, 5), round(5e-324, 400))
print(round(-0.0), round(0.0, 3), round(-0.001, 2))
total = 0
for i in range(-20, 21):
    total += round(i / 4)
    print(i / 4, round(i / 4), round(i / 4, 1))
print(total)
