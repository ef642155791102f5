# __hash__/__eq__: user objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], d[Point(3, 4)])          # equal but not identical keys
print(Point(1, 2) in d, Point(5, 5) in d)
d[Point(1, 2)] = "replaced"
print(len(d), d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
s.discard(Point(0, 0))
print(s)
print(d.get(Point(3, 4)), d.get(Point(9, 9), "none"))
del d[Point(3, 4)]
print(d)
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))


# default hash: identity
class Token:
    pass


t1, t2 = Token(), Token()
reg = {t1: 1, t2: 2}
print(reg[t1], reg[t2], len({t1, t1, t2}))
print(hash(t1) == hash(t1))


# __eq__ without __hash__ makes the class unhashable
class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)


# explicit __hash__ = None
class Unhashable:
    __hash__ = None


try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)


# key equal to an int key
class IntLike:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        if isinstance(other, IntLike):
            return self.n == other.n
        return self.n == other


d2 = {1: "one", 2: "two"}
print(d2[IntLike(1)], IntLike(2) in d2, IntLike(3) in d2)
d3 = {IntLike(5): "five"}
print(d3[5], 5 in d3)


# collisions: same hash, different values
class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v

    def __repr__(self):
        return f"C{self.v}"


cd = {Collide(i): i for i in range(5)}
print(len(cd), cd[Collide(3)], Collide(9) in cd)
print(list(cd))
print(dict.fromkeys([Collide(1), Collide(1), Collide(2)]))
counts = {}
for w in [Point(1, 1), Point(2, 2), Point(1, 1), Point(1, 1)]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted({Point(2, 1), Point(1, 2)} & {Point(1, 2)}, key=repr))
print(frozenset([Point(1, 1)]) == frozenset([Point(1, 1)]))
