# Booleans are ints.
print(True + True, True * 10, True - False, -True, +True)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True)
print(True == 1, False == 0, True is True, True == 1.0)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(type(True + True), type(True), type(True and 5))
print(True > False, False < 1, True >= 1, True != 2)
count = 0
for v in [3, -1, 0, 8, 10, -5, 7]:
    count += v > 2
print(count)
print(int(True), float(True), str(True), repr(False))
print(True << 3, True | 2, True & 3, False ^ True)
print(divmod(True, 2), abs(-True), round(True))
print([10, 20, 30][True], "ab"[False])
