# `a, b, c = seq` into locals (the interpreter stores the items straight into the locals),
# next to the shapes that take the generic path.


def same_name(t):
    a, a, b = t
    return a, b


def swap_many(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = c, a, b
    return a, b, c


def from_list(lst):
    x, y, z = lst
    return x * 100 + y * 10 + z


def mixed_targets(t, obj):
    a, obj.attr, c = t
    return a, obj.attr, c


def wrong_length(seq):
    try:
        a, b = seq
    except ValueError as e:
        return "ValueError: %s" % e
    return a, b


def old_values_replaced():
    a, b = [1], [2]
    keep = a
    a, b = [3], [4]
    return keep, a, b


def nested(t):
    (a, b), c = t
    return a + b + c


def unbound_then_bound(t):
    if t is None:
        print(a)  # noqa: F821 - reads the local before any assignment
    a, b = t
    return a - b


class Obj:
    pass


print(same_name((1, 2, 3)))
print(swap_many(10), swap_many(11))
print(from_list([1, 2, 3]), from_list((4, 5, 6)))
lst = [7, 8, 9]
print(from_list(lst), lst)
print(mixed_targets((1, 2, 3), Obj()))
print(wrong_length([1, 2, 3]), wrong_length((1,)), wrong_length("ab"), wrong_length(range(2)))
print(old_values_replaced())
print(nested(((1, 2), 3)), nested([[4, 5], 6]))
print(unbound_then_bound((9, 4)))
try:
    unbound_then_bound(None)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    a, b, c = 5
except TypeError as e:
    print("TypeError", e)
