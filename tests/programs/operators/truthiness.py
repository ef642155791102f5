# Truth values of built-in objects.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False", [], [0], [[]], (), (None,),
        {}, {"": ""}, set(), {0}, None, True, False, range(0), range(1), 2 ** 100, -(2 ** 100)]
for v in vals:
    if v:
        r = "truthy"
    else:
        r = "falsy"
    print(repr(v), bool(v), r)
count = 0
for v in vals:
    if not v:
        count += 1
print(count)
while_count = 0
items = [3, 2, 1]
while items:
    items.pop()
    while_count += 1
print(while_count, items, bool(items))
