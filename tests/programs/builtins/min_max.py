# min() and max() with iterables, several arguments, key= and default=.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 1, 4), min(3, 1, 4), max("hello"), min("hello"))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), default=-1))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words), min(words), max(*words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([-0.0, 0]), min([0, -0.0]))
pairs = [(1, "b"), (1, "a"), (2, "z"), (2, "c")]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x % 3))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), min(2 ** 100, 2 ** 99, -1))
d = {"x": 10, "y": 30, "z": 20}
print(max(d, key=lambda k: d[k]), min(d, key=lambda k: d[k]))
print(max(1, 2, key=lambda v: -v), max([[1, 2], [3], [0, 0, 0]], key=len), max("b", "a", "c", key=str))
