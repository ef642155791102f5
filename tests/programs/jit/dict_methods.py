# dict subscripts, stores and `get` in traces: str and int keys, values changing type,
# missing keys (KeyError) mid-loop, defaults, equal keys of other types (1, 1.0, True),
# `len` of a dict the loop grows.


def counts(n):
    d = {}
    words = ["a", "b", "c", "dd", "a", "b"]
    for i in range(n):
        w = words[i % 6]
        d[w] = d.get(w, 0) + 1
        d[i % 7] = d.get(i % 7, 0) + i
    return sorted((str(k), v) for k, v in d.items())


def subscripts(n):
    d = {"x": 1, "y": 2.5, 3: 4, 1: "one"}
    t = 0
    f = 0.0
    for i in range(n):
        t += d["x"] + d[3]
        f += d["y"]
        d["x"] = i
        d[3] = i % 5
    return t, f, d


def missing(n):
    d = {i: i for i in range(n // 2)}
    t = 0
    try:
        for i in range(n):
            t += d[i]
    except KeyError as e:
        print("KeyError", e, t)
    e = {"a": 1}
    try:
        for i in range(n):
            t += e["a"]
            if i == n // 3:
                del e["a"]
    except KeyError as err:
        print("KeyError", err, t, i)


def value_types(n):
    d = {"k": 1}
    out = []
    for i in range(n):
        v = d["k"]
        out.append(v)
        if i == n // 3:
            d["k"] = 2.5
        elif i == n // 2:
            d["k"] = "s"
        elif i == 2 * n // 3:
            d["k"] = None
    return [type(v).__name__ for v in out[:: n // 7]]


def gets(n):
    d = {1: 10, "a": 2.5}
    t = 0
    f = 0.0
    none = 0
    for i in range(n):
        t += d.get(i % 3, -1)
        v = d.get("b")
        if v is None:
            none += 1
        f += d.get("a", 0.5)
        if i == n // 2:
            d["b"] = 7
            d["a"] = 1.5
    return t, f, none


def equal_keys(n):
    d = {1: "int", "s": 0}
    for i in range(n):
        d[1] = i
        d[1.0] = i + 1
        d[True] = i + 2
    return d, len(d)


def growing(n):
    d = {}
    names = ["s0", "s1", "s2"]
    t = 0
    for i in range(n):
        d[i % 50] = i
        t += len(d)
        d[names[i % 3]] = i
        t += len(d)
    return t


print(counts(1000))
print(subscripts(1000))
missing(1000)
print(value_types(1400))
print(gets(1000))
print(equal_keys(1000))
print(growing(1000))
