# `a, b = b, a` between function locals compiles without building a tuple; everything
# else (duplicates, attributes, globals, starred) keeps the general unpacking.
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    return out


def rotate(x, y, z):
    x, y, z = y, z, x
    return x, y, z


def dup():
    a, a = 1, 2
    return a


def lists(p, q):
    [p, q] = [q, p]
    return p, q


def unbound():
    try:
        a, b = b, 1
    except UnboundLocalError as e:
        return str(e)


class Box:
    pass


def attrs():
    b = Box()
    b.x, b.y = 1, 2
    b.x, b.y = b.y, b.x
    return b.x, b.y


G1 = G2 = 0


def globals_swap():
    global G1, G2
    G1, G2 = 5, 6
    G1, G2 = G2, G1
    return G1, G2


def starred(seq):
    first, *rest = seq
    a, b = rest[0], first
    return a, b, rest


print(fib_pairs(10))
print(rotate(1, 2, 3), dup(), lists("p", "q"), unbound())
print(attrs(), globals_swap(), starred([1, 2, 3]))
x, y = 1, 2
x, y = y, x
print(x, y, sorted(k for k in globals() if len(k) == 1))


def swap_items(p, i, j):
    p[i], p[j] = p[j], p[i]
    return p


class Pt:
    def __init__(self):
        self.x, self.y = 1, 2


def rot3(d):
    d["a"], d["b"], d["c"] = d["b"], d["c"], d["a"]
    return d


def mixed(lst):
    k = 0
    lst[k], k = 9, 1
    return lst, k


def reverse_in_place(p):
    i, j = 0, len(p) - 1
    while i < j:
        p[i], p[j] = p[j], p[i]
        i += 1
        j -= 1
    return p


pt = Pt()
pt.x, pt.y = pt.y, pt.x
print(swap_items([1, 2, 3], 0, 2), swap_items([1, 2, 3], 1, 1), (pt.x, pt.y))
print(rot3({"a": 1, "b": 2, "c": 3}), mixed([0, 0]), reverse_in_place(list(range(7))))
