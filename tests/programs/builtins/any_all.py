# any() and all().
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0, "", None]), all(["a", 1, [0]]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any({0: 1}), all({1: 0}))
nums = [3, 7, 11, 15]
odd = []
for n in nums:
    odd.append(n % 2 == 1)
print(all(odd), any(odd), any(map(lambda n: n > 10, nums)), all(map(lambda n: n > 10, nums)))
print(any([False, False]), all([True, True]), any([[], [0]]), all([[], [0]]))
