# Dict basics: insertion order, lookup, deletion.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, "four" in d, 1 in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["two"] = 2
print(d)
print(d.get("one"), d.get("zzz"), d.get("zzz", "default"))
e = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    e[word] = e.get(word, 0) + 1
print(e)
for k, v in e.items():
    if v > 1:
        print(k, v)
print({}, dict(), {1: {2: {3: "deep"}}}[1][2][3])
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
squares = {}
for i in range(8):
    squares[i] = i * i
print(squares, sum(squares.values()), max(squares), min(squares.values()))
