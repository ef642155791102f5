# Sequence operators.
print([0] * 3, 3 * [0], [1, 2] * 2, "ab" * 2, 2 * "ab", (1,) * 4, [] * 100, [1] * 0, [1] * -1, "x" * -5)
print([1, 2] + [3], (1,) + (2, 3), "a" + "b", [] + [], [[1]] * 2)
print(len([0] * 1000), len("ab" * 500), ("a", "b") * 2)
print([1, 2, 3][True], "abc"[-True], [1, 2] * True, "z" * False)
