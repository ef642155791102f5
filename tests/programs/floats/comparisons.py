# Comparing ints and floats exactly.
print(1 == 1.0, 1 != 1.0, 2 < 2.5, -1 > -1.5, 0 == -0.0)
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(2 ** 1000 > 1e300, 2 ** 1024 > 1.7976931348623157e308, 2 ** 1024 < float('inf'))
print(-(2 ** 1024) > float('-inf'), 10 ** 400 > 1e308)
print(float('nan') == 0, float('nan') != 0, 0 < float('nan'), float('nan') > 2 ** 100)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 1.5, 2, 0.5, 1]))
print(1 < 1.0000000000000002, 0.9999999999999999 < 1)
print(True == 1.0, False == 0.0, True + 0.5)
vals = [3, 2.5, -1, -1.5, 10 ** 20, 1e20, 2.0, 2]
for a in vals:
    row = []
    for b in vals:
        row.append(int(a < b) - int(a > b))
    print(a, row)
