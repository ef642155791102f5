# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True, a is not None)
x = None
print(x is None, x == None, x is not None, type(x) is type(None))
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "ta" in "cat")
print(1 in (1,), 1 in {1: "x"}, "x" in {1: "x"}, 2 in {1, 2}, 5 in range(10), 10 in range(10))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], 1.0 in [1], True in [1], 2 in [1.0, 2.0])
print("" in "", "" in "abc", "abc" in "", None in [None], None in [])
d = {"k": 1}
print("k" in d, "v" in d, 1 in d.values(), ("k", 1) in d.items(), "k" in d.keys())
