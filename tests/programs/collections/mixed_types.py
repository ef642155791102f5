# Lists holding mixed types.
items = [1, "two", 3.0, None, [4], (5,), {"six": 6}, True, 2 ** 70, -0.5]
for x in items:
    print(repr(x), type(x), isinstance(x, int), isinstance(x, (float, str)))
nums = 0
for x in items:
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        nums += x
print(nums)
print(items.index(None), items.count(True), items.count(1), 3 in items, "two" in items, [4] in items)
print(len(items), items[1:4], items[::-3])
