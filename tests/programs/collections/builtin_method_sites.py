# One method-call site sees receivers of several builtin types: the interpreter's cache of
# builtin methods must tell them apart (set and frozenset share a representation).


def call_copy(xs):
    return [x.copy() for x in xs]


def union_all(xs, other):
    out = []
    for x in xs:
        out.append(x.union(other))
    return out


def add_to(xs):
    for x in xs:
        try:
            x.add(3)
            print("added", sorted(x))
        except AttributeError as e:
            print("AttributeError:", e)


sites = [{1, 2}, frozenset({4}), [5, 6], {7: 8}, {9}, frozenset()]
for r in call_copy(sites):
    print(type(r).__name__, r if not isinstance(r, (set, frozenset)) else sorted(r))

for r in union_all([{1}, frozenset({2}), {3}, frozenset({4})] * 2, [0]):
    print(type(r).__name__, sorted(r))

add_to([set(), frozenset({1}), {2}, frozenset(), {4}])

# The same site on lists, then strings, then lists again.
for x in [[3, 1], "ba", [2, 0], "dc"]:
    print(x.index(x[1]))

# A method bound through the type, and the type's own method, at one site.
for f in [list.append, [].append]:
    try:
        f(1)
        print("called")
    except TypeError as e:
        print("TypeError:", e)
