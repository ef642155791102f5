# pow() with two and three arguments.
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-2, 3), pow(0, 0), pow(10, 20))
print(pow(3, 200, 1000), pow(2, 10 ** 5, 10 ** 9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(7, -1, 11))
print(pow(123456789, 987654321, 1000000007), pow(2 ** 100, 2, 97), pow(5, 0, 1))
inv = []
for a in range(1, 13):
    inv.append(pow(a, -1, 13))
print(inv)
