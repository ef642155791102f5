# __len__, __bool__, __getitem__/__setitem__/__delitem__, __contains__, __iter__/__next__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} out of range")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, v):
        return v in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "@" in g, "?" in g)
for row in g:
    print(row)
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), sum(Countdown(10)), 3 in Countdown(5))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sorted(Countdown(3)), tuple(Countdown(2)), dict(zip("ab", Countdown(2))))
a, b, c = Countdown(3)
print(a, b, c)


class Seq:
    """Old-style iteration through __getitem__."""
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(Seq()), 9 in Seq(), [x for x in Seq()])


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Truth(True)), bool(Truth(False)), bool(Sized(0)), bool(Sized(3)), bool(object()))
print("yes" if Sized(2) else "no", "yes" if Truth(False) else "no", not Sized(0))
print(len(Sized(7)), Truth(False) or "fallback", Sized(1) and "both")
try:
    len(Truth(True))
except TypeError as e:
    print("TypeError:", e)
try:
    len(Sized(-1))
except ValueError as e:
    print("ValueError:", e)


class Matrix:
    def __init__(self):
        self.data = [[1, 2], [3, 4]]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.data[r][c]
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.data[key]


m = Matrix()
print(m[1, 0], m[0], m[1:2], m[::3], m[:])


