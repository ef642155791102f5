# `x in list`, list.remove: plain items compared in place, others with ==, and an __eq__
# that changes the list while it is searched.


class E:
    def __init__(self, v, log=None, target=None):
        self.v = v
        self.log = log
        self.target = target

    def __eq__(self, other):
        if self.log is not None:
            self.log.append(("eq", self.v))
        if self.target is not None and len(self.target) > 2:
            self.target.pop()
        return isinstance(other, E) and other.v == self.v or other == self.v


xs = [1, "a", 2.0, (1, 2), None, True]
print([v in xs for v in (1, 1.0, 2, "a", "b", (1, 2), None, False, 0)])
print(E(2) in xs, E(7) in xs, 2 in [E(2)], 3 in [E(2)])
nan = float("nan")
print(nan in [nan])

log = []
ys = []
ys.extend([E(i, log, ys) for i in range(6)])
print(9 in ys, len(ys), log)

zs = [3, 1, 2, 1, "1", 1.0]
zs.remove(1)
print(zs)
zs.remove(1.0)
print(zs)
zs.remove("1")
print(zs)
try:
    zs.remove(7)
except ValueError as e:
    print("ValueError:", e)
ws = [E(1), E(2), E(3)]
ws.remove(2)
print([w.v for w in ws])
print([1, 2, 3].index(2), ["x", "y"].count("y"))
