# Builtin types are immutable: setting or deleting their attributes is a TypeError.
for stmt in ["list.foo = 1", "set.add = 1", "del list.append", "del list.nothere",
             "del str.join", "int.bit_length = None"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "->", e)
# Their methods still work after the attempts.
s = set()
for i in range(5):
    s.add(i % 3)
print(sorted(s), [1, 2].count(2), "-".join(["a", "b"]))
