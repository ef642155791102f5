# str() and repr() of assorted values, including nested containers.
vals = [None, True, False, 0, -5, 1.5, "s", [1, "a"], (1,), (), {}, {"a": [1, (2,)]}, [None, [True]],
        ("x", 'y"z', "w'"), [[], [[]]], {1: "one", "two": 2}, range(3), [1.0, -0.0, 1e16]]
for v in vals:
    print(str(v), repr(v), type(v))
print(str([1, 2]) + str((3, 4)), len(str([1, 2, 3])))
print([1, 2], (1, 2), {"k": "v"}, "plain", ["plain"])
