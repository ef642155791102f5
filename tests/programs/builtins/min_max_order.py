# min/max compare `item OP best` (CPython's min_max): the error names the types in that
# order, and a user __gt__ is asked before the other operand's __lt__; enumerate's start
# must be an integer, checked before the iterable.


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "Loud(%d)" % self.v


print(max([Loud(1), Loud(3), Loud(2)]))
print(min([Loud(1), Loud(3), Loud(2)]))
print(max(Loud(5), Loud(4), key=lambda x: x))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("onlylt", self.v, other.v)
        return self.v < other.v


print(max([OnlyLt(1), OnlyLt(7)]).v)

for args in ([1, "a"], [[1], 2], ["x", None]):
    for fn in (min, max):
        try:
            print(fn(args))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)

for start in ("a", 1.5, None, True, 2**70, -3):
    try:
        print(list(enumerate("ab", start)))
    except TypeError as e:
        print("TypeError:", e)
try:
    enumerate(5, "a")
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate([], start=4)))
try:
    print(list(enumerate([], "x")))
except TypeError as e:
    print("TypeError:", e)
