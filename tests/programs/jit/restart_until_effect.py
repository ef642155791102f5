# Inlined calls that store into objects restart, like pure ones, until their first store
# (a branch ahead of it exits to the call, not into a resumed frame), and the global guards
# of a loop that makes residual calls, checked in machine code, catch a global rebound,
# deleted and added again (another dict slot) or changed through globals() inside the call.

WAITING = 2
PENDING = 1
STEP = 1


class Queue:
    def __init__(self):
        self.state = 0
        self.items = [0, 0, 0, 0]
        self.seen = {}
        self.n = 0

    def take(self, i):
        # A branch on the state, then stores: into an attribute, a list item, a dict item.
        if self.state == WAITING | PENDING:
            self.n += STEP
            self.items[i & 3] = i
            self.seen[i & 7] = i
            return i
        if self.state & WAITING:
            self.state = 0
            return -1
        return None


def drive(q, rounds):
    i = 0
    total = 0
    nones = 0
    while i < rounds:
        q.state = (WAITING | PENDING) if i % 3 else (WAITING if i % 2 else 0)
        r = q.take(i)
        if r is None:
            nones += 1
        else:
            total += r
        i += 1
    return total, nones, q.n, q.items, sorted(q.seen.items())


print(drive(Queue(), 3000))


def poke(i):
    # Not inlinable (a loop): a residual call, after which the loop's global guards run
    # again.
    global SCALE, OFFSET
    for _ in range(1):
        if i == 400:
            SCALE = 3
        if i == 800:
            del OFFSET
            OFFSET = 7
        if i == 1200:
            globals()["SCALE"] = 5
        if i == 1600:
            SCALE = 2.5
    return i


SCALE = 2
OFFSET = 1


def run(n):
    i = 0
    acc = 0
    while i < n:
        poke(i)
        acc += i * SCALE + OFFSET
        i += 1
    return acc


print(run(2000))
