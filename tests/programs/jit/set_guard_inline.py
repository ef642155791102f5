# s.add / s.discard on a set the loop reads from a list: the set guard before each method
# call passes in machine code while the receiver is a mutable set, and fails to its exit
# when a frozenset (the same tag, no add/discard) takes the set's place mid-loop.


def churn(sets, n, swap_at):
    total = 0
    try:
        for i in range(n):
            s = sets[i % len(sets)]
            s.add(i % 13)
            s.add(-(i % 7))
            s.discard(i % 5)
            total += len(s)
            if i == swap_at:
                sets[1] = frozenset(range(4))
    except AttributeError as e:
        print("AttributeError", e, i, total)
    return total, [sorted(s) for s in sets]


print(churn([set(), set(), set()], 2000, -1))
print(churn([set(), set(), set()], 2000, 1500))
print(churn([set([1, 2]), set()], 900, 600))
