# f-string integer presentation types and grouping.
for x in [0, 7, 255, -255, 1000, 1234567, -1234567, 2 ** 40, 10 ** 20]:
    print(f"{x:,}|{x:_}|{x:x}|{x:X}|{x:#x}|{x:#b}|{x:o}|{x:#o}|{x:d}|{x:_x}|{x:10,}")
print(f"{5:08b} {5:#010b} {255:_b} {-5:b} {-5:#b} {65:c} {0x1F600:c} {1000000:_d}")
print(f"{42:e} {42:f} {42:.2f} {42:%} {42:g} {10 ** 20:e} {7:.3f}")
print(f"{True:d} {False:x} {True:>5} {True:5d}")
n = 1
for i in range(6):
    n *= 1000
    print(f"{n:>30,} {n:>32_x}")
