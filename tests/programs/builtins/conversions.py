# Constructors of built-in types used as conversion functions.
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list(), list([1, [2]]))
print(tuple([1, 2]), tuple("hi"), tuple(), tuple(range(2)), tuple({"k": 0}))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict(), dict(zip(["x", "y"], [1, 2])), dict([["k", "v"]]))
print(sorted(set([3, 1, 2, 3])), set(), sorted(set("banana")), set([5]), len(set(range(100))))
print(str(12), str(1.5), str(None), str([1, "a"]), str(), str("s"), str(-0.0), str(2 ** 70))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(), bool(0.0), bool(-1))
print(repr(1), repr("1"), repr([1, "1"]), repr(None), repr(1.0), repr((1,)), repr({"a": "b"}))
print(int("7") + int(7.9) + int(True), float("7") + float(7), str(7) + str(7.0))
