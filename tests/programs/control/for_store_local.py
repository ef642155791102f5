# `for x in <range or list>:` stores the item straight into the local `x` (the `StoreFast`
# after `ForIter` is skipped). The targets that are not a plain local take the general
# path: cells, attributes, subscripts, unpacking, globals.


def plain(n):
    total = 0
    for i in range(n):
        total += i
    for x in [1, 2.5, "s", None, (1, 2)]:
        print(repr(x), end=" ")
    print()
    return total, i


print(plain(10))


def old_value_replaced():
    x = [1, 2, 3]
    for x in [1, 2]:
        print("item", x)
    print("after", x)
    y = "text"
    for y in range(2):
        print("int", y)
    print("after", y)


old_value_replaced()


def mutated_during_loop():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x == 1:
            xs.append(4)
        if len(seen) > 6:
            break
    print(seen, x)


mutated_during_loop()


def other_targets():
    fs = []
    for c in range(3):
        fs.append(lambda: c)
    print([f() for f in fs])

    class Box:
        pass

    b = Box()
    for b.v in [1, 2, 3]:
        pass
    print(b.v)
    d = {}
    for d["k"] in range(4):
        pass
    print(d)
    for a, (p, q) in [(1, (2, 3)), (4, (5, 6))]:
        pass
    print(a, p, q)
    global g
    for g in range(5):
        pass
    print(g)


other_targets()


def empty_and_unbound():
    for z in []:
        pass
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    for z in range(0):
        pass
    for z in range(3, 0, -1):
        pass
    print(z)


empty_and_unbound()


def nested(n):
    out = 0
    for i in range(n):
        for j in [i, i + 1, i + 2]:
            for k in range(j):
                out += k
    return out


print(nested(30))


def subscript_to_local(rows):
    # `x = xs[i]` then `StoreFast`: the pair stays two instructions (fusing it was measured
    # and rejected, docs/architecture.md), checked here with the loop fusion around it.
    total = 0
    for r in range(len(rows)):
        row = rows[r]
        first = row[0]
        last = row[-1]
        total += first + last
    s = "abc"
    ch = s[1]
    d = {0: "zero"}
    v = d[0]
    t = (5, 6)
    w = t[1]
    try:
        bad = rows[99]
    except IndexError as e:
        print("IndexError", e)
    return total, ch, v, w, row, first


print(subscript_to_local([[1, 2, 3], (4, 5), [6]]))
