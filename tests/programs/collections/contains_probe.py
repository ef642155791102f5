# `in` / `not in` on sets and dicts with int and str keys (answered by one probe in the
# interpreter), next to keys that need the generic path.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


s = {1, 2, -2, "a", 2**70, 3.0}
print(1 in s, 4 in s, -1 in s, -2 in s, "a" in s, "b" not in s)
print(2**70 in s, 2**61 - 1 in s, 3 in s, 3.5 in s, True in s, False in s)
d = {"x": 1, 7: 2, 1.5: 3, 2**64: 4}
print("x" in d, "y" in d, 7 in d, 7.0 in d, 2**64 in d, 1 not in d)
# A stored instance key with the probe's hash: its __eq__ decides.
k = {Key(5), Key("z")}
print(5 in k, 6 in k, "z" in k, "w" not in k)
dk = {Key(9): "nine"}
print(9 in dk, 10 in dk)
# Containers that change between probes, in a loop.
acc = []
seen = set()
for i in range(40):
    if i % 3 not in seen:
        seen.add(i % 3)
        acc.append(i)
    if str(i) in d:
        acc.append(-i)
    d[str(i % 5)] = i
print(acc, sorted(seen), len(d))
try:
    print([1] in s)
except TypeError as e:
    print("TypeError", e)
try:
    print({} in d)
except TypeError as e:
    print("TypeError", e)
print(frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
