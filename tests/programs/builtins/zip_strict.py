# zip(strict=True) raises when the iterables' lengths differ, naming which one.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
for args in ([[1], [1, 2]], [[1, 2], [1]], [[1, 2], [1, 2], [1]], [[1, 2], [1, 2], [1, 2, 3]],
             [[1, 2, 3], [1, 2], [1, 2]], [[], [1]], [[1], []]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2, 3], [1, 2], strict=False)), list(zip([1, 2, 3], [1, 2], strict=0)))


def gen():
    yield 1
    yield 2


z = zip(gen(), [1], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
for a, b in zip(range(3), "abc", strict=True):
    print(a, b)
list(zip(range(3), range(4), strict=True))
