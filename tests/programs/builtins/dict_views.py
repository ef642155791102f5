# dict.keys()/values()/items() are live, reusable views with len, in, set operations.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(len(ks), len(vs), len(its), bool(ks), bool({}.keys()))
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its))   # views see later changes
for _ in range(2):                      # and can be iterated again
    print([k for k in ks], sum(vs))
print("b" in ks, "a" in ks, 4 in vs, 9 in vs, ("b", 2) in its, ("b", 3) in its, "b" in its)
print(sorted(ks & {"b", "z"}), sorted(ks | ["x"]), sorted(ks - {"c"}), sorted(ks ^ {"b", "q"}))
print(sorted({"c", "q"} & ks), sorted(["z"] | ks), type(ks & set()).__name__)
print(ks == {"b", "c", "d"}, ks != {"b"}, ks <= {"b", "c", "d", "e"}, ks > {"b"})
print(sorted(its & {("b", 2), ("c", 0)}), {"x": 1}.items() == {("x", 1)})
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
it = iter(ks)
print(next(it), type(it).__name__, type(ks).__name__)
try:
    next(ks)
except TypeError as e:
    print("TypeError:", e)
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d.values()), min(d, key=d.get))
inventory = {"apple": 3, "pear": 0, "fig": 7}
in_stock = [name for name, qty in inventory.items() if qty]
print(in_stock, dict(inventory.items()) == inventory, list(zip(inventory.keys(), inventory.values())))
