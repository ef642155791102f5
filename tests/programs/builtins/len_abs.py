# len() and abs().
print(len(""), len("abc"), len("héllo"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2}), len(range(0, 100, 7)), len(range(10, 0)))
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-(2 ** 100)), abs(-2 ** 63))
print(abs(float("-inf")), abs(-1e-300), type(abs(-3)), type(abs(-3.0)), type(abs(False)))
