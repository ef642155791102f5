# hash() of ints is deterministic (and independent of PYTHONHASHSEED).
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1,
        2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 100), 10 ** 30]
for v in vals:
    print(v, hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2))
print(hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
