# Star-unpacking (`a, *rest = seq`, `*init, last = seq`, `a, *mid, b = seq`) in traced
# loops: tuples and lists, the length changes (longer: same trace; too short: the
# interpreter raises ValueError), an item's type changes, a str or generator comes in.


def heads(seqs):
    total = 0
    for s in seqs:
        first, *rest = s
        total += first + len(rest)
        *init, last = s
        total += last - len(init)
    return total


def middles(seqs):
    out = []
    for s in seqs:
        a, *mid, b = s
        out.append((a, len(mid), b))
    return out[-3:], len(out)


def sums(seqs):
    total = 0.0
    for s in seqs:
        a, b, *rest = s
        total += a * b
        for x in rest:
            total += x
    return total


def kept(seqs):
    keep = []
    for s in seqs:
        *init, last = s
        keep.append(init)
    return keep[0], keep[-1], len(keep)


tuples = [(i, i + 1, i + 2, i + 3, i + 4) for i in range(300)]
print(heads(tuples))
lists = [[i, i + 1, i + 2] for i in range(300)]
print(heads(lists))
# Longer and shorter sequences mid-loop: the length guard is "at least".
mixed = [tuple(range(i % 7 + 1)) for i in range(300)]
print(heads(mixed))
print(middles(mixed[:0] + [t for t in mixed if len(t) >= 2]))
# Too short: ValueError from the interpreter, mid-loop.
bad = tuples[:200] + [(1,)] + tuples[200:]
try:
    print(middles(bad))
except ValueError as e:
    print("ValueError", e)
# An item's type changes.
floats = tuples[:250] + [(1.5, 2, 3, 4)] + tuples[250:]
print(heads(floats))
print(sums(floats))
# A str and a generator in the middle.
odd = tuples[:250] + ["xyz"] + tuples[250:]
try:
    print(heads(odd))
except TypeError as e:
    print("TypeError", e)
gens = tuples[:250] + [(x for x in (7, 8, 9))] + tuples[250:]
print(sums(gens))
# Not iterable.
try:
    print(middles(tuples[:220] + [5] + tuples[220:]))
except TypeError as e:
    print("TypeError", e)
# The rest lists are new objects each time.
a, b, n = kept(lists + [[9, 9]])
print(a, b, n)
a.append(1)
print(kept(lists)[0])
