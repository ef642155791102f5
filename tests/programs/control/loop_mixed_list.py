# Iterating over a list whose element types vary.
items = []
for i in range(1500):
    r = i % 6
    if r == 0:
        items.append(i)
    elif r == 1:
        items.append(i / 4)
    elif r == 2:
        items.append(str(i))
    elif r == 3:
        items.append(2 ** 64 + i)
    elif r == 4:
        items.append(i % 2 == 0)
    else:
        items.append(None)
int_sum = 0
float_sum = 0.0
text_len = 0
bools = 0
nones = 0
for x in items:
    if isinstance(x, bool):
        bools += x
    elif isinstance(x, int):
        int_sum += x
    elif isinstance(x, float):
        float_sum += x
    elif isinstance(x, str):
        text_len += len(x)
    else:
        nones += 1
print(int_sum, float_sum, text_len, bools, nones)
total = 0
for x in items:
    if x is None or isinstance(x, str):
        continue
    total = total + x
print(total, type(total))
doubled = []
for x in items[:12]:
    doubled.append(x * 2 if x is not None else None)
print(doubled)
