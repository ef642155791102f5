# Indexing and slicing corners found by tests/fuzz/slices.py: slice.indices, assigning a
# non-iterable to a slice (plain or extended), list.index bounds that are not ints, big-int
# indices (IndexError "cannot fit"), list.insert/pop with big ints or None, range slices.


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def setsl(xs, a, b, c, v):
    xs[a:b:c] = v
    return xs


def setsl2(xs, a, b, v):
    xs[a:b] = v
    return xs


def deli(xs, i):
    del xs[i]
    return xs


for s in [slice(None), slice(-7, -3), slice(None, -7, -2**63), slice(0, 3, -2),
          slice(False, 2**100, 3), slice(-5, 3, None), slice(2, None, -1)]:
    for n in [0, 2, 7]:
        check(lambda: s.indices(n))
check(lambda: slice(1, 2, 0).indices(3))
check(lambda: slice(1, 2).indices(-1))
check(lambda: slice(1, 2).indices("3"))
check(lambda: setsl(list(range(4)), None, None, 2, 7))
check(lambda: setsl(list(range(4)), None, None, 0, 7))
check(lambda: setsl(list(range(4)), None, None, 2, [9, 8]))
check(lambda: setsl(list(range(4)), None, None, 2, [9]))
check(lambda: setsl2(list(range(4)), 1, 2, 7))
check(lambda: setsl2(list(range(4)), 1, 2, "ab"))
check(lambda: list(range(3)).index(1, None))
check(lambda: list(range(3)).index(1, 0, "2"))
check(lambda: list(range(3)).index(2, -2**100, 2**100))
check(lambda: (0, 1, 2).index(2, 1, None))
check(lambda: [][-2**100])
check(lambda: (1, 2)[2**100])
check(lambda: "abc"[2**64])
check(lambda: deli([1, 2], 2**63))
check(lambda: range(5)[2**100])
check(lambda: (lambda xs: (xs.insert(2**100, "x"), xs))([1]))
check(lambda: (lambda xs: (xs.insert(-2**100, "x"), xs))([1]))
check(lambda: (lambda xs: (xs.insert(-5, "x"), xs))([1]))
check(lambda: [].pop(None))
check(lambda: [].pop(2**100))
check(lambda: [1].pop(-2))
check(lambda: range(0, 20, 3)[2:-1:2])
check(lambda: range(10, -10, -3)[::-2])
check(lambda: range(5)[::2**30])
