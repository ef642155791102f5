# hash() of ints and bools (deterministic).
for v in [0, 1, -1, -2, 7, -7, 2 ** 32, 2 ** 61 - 1, 2 ** 61, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 20]:
    print(v, hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(2 ** 64) == hash(2 ** 64 + 0))
