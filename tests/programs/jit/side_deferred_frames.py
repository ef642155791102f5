# Linked side traces that store objects into locals (the old values wait in the side
# trace's `deferred` until its iteration ends), entered from frames of different calls and
# recursion depths, with side traces added while the loop is in use. Every run's end must
# release what each side trace still owns (`TraceRec::side_rts`, walked at every exit and
# entry), so the pools below die — and print — exactly when CPython frees them.


class Box:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __del__(self):
        if self.tag is not None:
            print("del", self.tag, self.v)


def walk(pool, xs, depth):
    cur = pool[0]
    best = pool[1]
    total = 0
    for x in xs:
        if x % 4 == 0:
            cur = pool[x % 7]
            total += cur.v
        elif x % 4 == 1:
            if x > best.v:
                best = pool[x % 7]
            total -= 1
        elif x % 4 == 2:
            total += best.v
        else:
            total += 1
        if depth > 0 and x == 5:
            total += walk(pool, xs, depth - 1)
    return total + cur.v + best.v


def last(pool, xs):
    keep = pool[0]
    total = 0
    for x in xs:
        if x & 1:
            keep = pool[x % 5]
        else:
            total += keep.v
    return total + keep.v


def make(tag):
    # One tagged box a pool (the order in which a list frees its items is not what
    # this tests): both loops store it into a local on a side path.
    return [Box(k, tag if k == 1 else None) for k in range(7)]


xs = list(range(14))
grand = 0
for i in range(240):
    tag = "w" + str(i) if i % 80 == 0 else None
    pool = make(tag)
    grand += walk(pool, xs, i % 3)
    pool = None
    if i % 60 == 0:
        print(i, grand)
print(grand)
for n in (1, 2, 3):
    pool = make("n" + str(n))
    print(last(pool, list(range(n * 2 + 1))))
    pool = None
    print("after", n)
for i in range(60):
    grand += last(make(None), xs)
print(grand)
