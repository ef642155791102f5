# Changing a dict's or set's size while iterating over it raises RuntimeError, as in CPython;
# changing values (or re-adding present keys) does not.

d = {1: 2, 3: 4}
for k in d:
    d[k] = 5
print(d)

d = dict.fromkeys(range(5))
it = iter(d)
print(next(it))
d[9] = 1
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)

for view in ("keys", "values", "items"):
    d = {"a": 1, "b": 2}
    try:
        for x in getattr(d, view)():
            d["c" + str(x)] = 0
    except RuntimeError as e:
        print(view, "RuntimeError:", e)

d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e, d)

s = {1, 2, 3}
it = iter(s)
print(next(it))
s.add(7)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
s = {1, 2, 3}
for x in s:
    s.add(x)  # present already: the size does not change
print(s)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e, s)

# A finished iterator stays finished even after the set changes.
s = {1}
it = iter(s)
print(list(it))
s.add(2)
print(list(it), next(it, "done"))

s = {1, 2}
try:
    s.update(x + 10 for x in s)
except RuntimeError as e:
    print("RuntimeError:", e, s)
s = {1, 2}
s -= {x for x in s if x > 1}
print(s)

# The last one escapes: same last traceback line as CPython.
d = {i: i for i in range(3)}
for k in d:
    d[k + 100] = k
