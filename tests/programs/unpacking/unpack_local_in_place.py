# `a, b = pair` where `pair` is a local: the interpreter takes the local apart into the
# locals in one step. The unpacked local may be one of the targets, hold the only reference
# to its tuple or list, be unbound, or be something else than a tuple or list.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def replaces_itself():
    t = (Noisy("x"), 2)
    t, b = t
    print("t is now", t.name, b)
    lst = [3, [4, 5]]
    a, lst = lst
    print(a, lst)
    lst, lst = lst
    print(lst)


def only_reference():
    p = (Noisy("first"), Noisy("second"))
    a, b = p
    del p
    print("after del", a.name, b.name)
    a = b = None
    print("end")


def unbound(flag):
    if flag:
        pair = (1, 2)
    x, y = pair
    return x + y


def others(v):
    try:
        x, y = v
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
    return x, y


def in_loop(n):
    pair = (0, 1)
    for _ in range(n):
        a, b = pair
        pair = (b, a + b)
    return pair


replaces_itself()
only_reference()
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(others("ab"), others("abc"), others(7), others(iter([1, 2])), others({3: 4, 5: 6}))
print(others([1]), others((1, 2, 3)), others(x for x in "pq"))
print(in_loop(30))
