# sum() with start values and mixed numeric types.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2, 3], 10), sum([], 5), sum((), start=7))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([-1, -2], start=3))
print(sum([1e100, 1.0, -1e100]), sum([0.5, 0.25, 0.125]), type(sum([1, 2])), type(sum([1, 2.0])))
print(sum({1: "a", 2: "b"}), sum({5, 6}), sum(range(0)))
total = sum(range(1, 10001))
print(total, total == 10000 * 10001 // 2)
