# Dict methods.
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d.setdefault("c"), d)
d.update({"a": 10, "d": 4})
d.update(e=5, f=6)
d.update([("g", 7), ("a", 11)])
print(d)
print(d.pop("a"), d.pop("zz", "missing"), d.pop("b", None), d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = True
print(d, c)
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, z=0))
print(dict([(1, 2), [3, 4]]), dict(()), dict(a=1) == {"a": 1})
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(list({"b": 1, "a": 2}.keys()), list({"b": 1, "a": 2}.values()))
