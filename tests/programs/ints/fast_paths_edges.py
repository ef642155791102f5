# Small-int fast paths of the interpreter (& | ^ // % << >>) at the 64-bit edges, where
# results must promote to big ints or raise exactly as CPython does.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 65, -64, 2**62, -2**62, 2**63-1, -2**63, 10**18, -10**18, 2**31]
for x in vals:
    for y in vals:
        r = [x & y, x | y, x ^ y]
        if y != 0:
            r.append(x // y)
            r.append(x % y)
        if 0 <= y < 200:
            r.append(x >> y)
            r.append(x << y)
        print(x, y, r)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ve", e)
