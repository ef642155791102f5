# Global guards checked in machine code (`Cg::guard_global_fast`): the trace compares the
# globals dict's cached slot — its key and the value's tag and payload — and calls the
# helper for anything else. Globals of every kind the fast path takes (int, float, a
# function, a class, a list) are rebound between runs to equal and unequal values and to
# other types, deleted and added again (a hole, then a new slot), and the table is rebuilt
# by many new globals, so each guard must fail exactly when the global changed.

K = 3
SCALE = 0.5
ITEMS = [1, 2, 3]


def helper(x):
    return x + 1


class Obj:
    def __init__(self, v):
        self.v = v


def run(n):
    total = 0
    for i in range(n):
        total += helper(i) * K + len(ITEMS)
        total += int(i * SCALE)
        total += Obj(i).v
    return total


def rebind_k():
    global K
    K = K + 1


def loop_rebinding(n):
    # The residual call rebinds the global the loop's guard checks.
    total = 0
    for i in range(n):
        total += K
        if i % 7 == 3:
            rebind_k()
    return total


out = []
for rnd in range(12):
    out.append(run(50))
    if rnd == 2:
        K = 4
    elif rnd == 3:
        K = 4.0
    elif rnd == 4:
        K = 3
    elif rnd == 5:
        SCALE = 2
    elif rnd == 6:
        del helper

        def helper(x):
            return x - 1

    elif rnd == 7:
        for j in range(60):
            globals()["filler%d" % j] = j
    elif rnd == 8:
        ITEMS = ITEMS + [4]
    elif rnd == 9:
        ITEMS.append(5)
    elif rnd == 10:
        Obj = type("Obj", (), {"__init__": lambda self, v: setattr(self, "v", -v)})
print(out)
print(loop_rebinding(40), K)
print(loop_rebinding(40), K)
K = "k"
try:
    run(5)
except TypeError as e:
    print("TypeError", e)
