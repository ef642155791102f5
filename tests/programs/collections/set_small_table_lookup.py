# Set lookups of ints, strs, floats, bools and tuples in small tables churned by
# add/discard: membership and discard (negative ints too), keys of other types equal to
# stored ints, tables of 8 to 128 slots; and instance keys of an equal hash, whose __eq__
# must be called exactly when CPython calls it (an instance met before the match on the
# probe sequence is compared first).

def churn(s, keys, rounds):
    for r in range(rounds):
        for k in keys:
            if (k + r) % 3 == 0:
                s.discard(k)
            else:
                s.add(k)


s = set()
churn(s, list(range(-12, 13)), 40)
print(sorted(s), len(s))
print([k for k in range(-15, 16) if k in s])
print(1.0 in s, True in s, False in s, -3.0 in s, 2.5 in s, "1" in s, None in s, (1,) in s)
for k in range(-15, 16):
    s.discard(k)
print(s, len(s))

# Sizes around the 64-slot boundary: 8, 16, 32, 64 and 128 slots.
for n in (3, 8, 19, 38, 39, 40, 80):
    t = set(range(n))
    churn(t, list(range(n + 5)), 6)
    present = [k for k in range(-2, n + 8) if k in t]
    print(n, len(t), present == sorted(t), list(t)[:12])

# Strings and tuples.
words = {"queen", "rook", "pawn", "king"}
for w in ("pawn", "bishop", "king", "kin", ""):
    words.discard("knight")
    print(w, w in words)
pairs = {(i, i * i) for i in range(10)}
pairs.discard((3, 9))
print((2, 4) in pairs, (3, 9) in pairs, (4, 17) in pairs, len(pairs))


class Key:
    """Hashes like an int; __eq__ says which comparisons the lookup makes."""

    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  eq", self.name, other)
        return other == self.h


# An instance stored first, then the int of its hash: `5 in u` compares with the instance
# only when it comes first on the probe sequence, exactly as CPython does.
u = {Key(5, "a")}
u.add(13)
u.add(21)
print("5 in u:")
print(5 in u)
print("13 in u:")
print(13 in u)
print("29 in u:")
print(29 in u)
u.discard(13)
print("13 in u after discard:")
print(13 in u)
print(len(u))

v = {13, 21}
v.add(Key(5, "b"))
print("5 in v:")
print(5 in v)
print("21 in v:")
print(21 in v)


class Never(Key):
    __hash__ = Key.__hash__

    def __eq__(self, other):
        print("  eq", self.name, other)
        return False


# An int and an instance of the same hash, in both orders.
w = {5}
w.add(Never(5, "c"))
print("5 in w:")
print(5 in w)
w2 = {Never(5, "d")}
w2.add(5)
print("5 in w2:")
print(5 in w2)
print("37 in w2:")
print(37 in w2)
w2.discard(5)
print(len(w2), 5 in w2)
