# type() and isinstance().
for v in [1, 1.0, "s", True, None, [1], (1,), {"a": 1}, {1}, range(1), 2 ** 100, -0.0]:
    print(repr(v), type(v))
print(type(1) == int, type(True) == int, type(True) == bool, type("x") is str, type(None) is type(None))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, (int, float, str)), isinstance(2 ** 100, int), isinstance(set(), set), isinstance(range(3), range))
print(type(int), int, str, float, list, bool, dict, tuple, set)
print(type(type(3)) is type, int is type(5), str(type(3.5)), repr(type([])))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple)):
        return "sequence"
    return "other"
for v in [True, 3, 2.5, "hi", [1], (2,), None, {}]:
    print(repr(v), kind(v))
