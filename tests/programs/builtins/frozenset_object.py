# frozenset and object().
fs = frozenset([3, 1, 2, 3])
print(len(fs), sorted(fs), 2 in fs, 5 in fs, type(fs).__name__)
print(frozenset() == frozenset([]), frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]))
d = {fs: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(sorted(fs | {9}), sorted(fs & frozenset([1, 9])), sorted(fs - {1}), sorted(fs ^ {1, 7}))
print(type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs.issubset({1, 2, 3, 4}), fs.issuperset([1]), fs.isdisjoint([7, 8]))
print(sorted(fs.union([10])), sorted(fs.intersection([1, 2])), sorted(fs.difference([1])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
print(frozenset("aab") == frozenset("ba"), repr(frozenset()))
print(frozenset([5]))
o1 = object()
o2 = object()
print(o1 == o1, o1 == o2, o1 is o1, o1 != o2)
print(type(o1) is object, isinstance(o1, object))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
sentinel = object()
print({sentinel: 1}[sentinel], sentinel in [1, sentinel])
print(hash(o1) == hash(o1))
