# `in` on small sets inside a compiled loop (nqueens' pattern): sets of ints churned by
# add/discard, keys of other types mixed in, and an instance key of equal hash arriving
# mid-loop (the lookup then takes the general path and calls __eq__).

def place(n):
    cols, up, down = set(), set(), set()
    count = 0
    hits = 0

    def go(row):
        nonlocal count, hits
        if row == n:
            count += 1
            return
        for col in range(n):
            if col in cols:
                hits += 1
                continue
            if row + col in up or row - col in down:
                hits += 1
                continue
            cols.add(col)
            up.add(row + col)
            down.add(row - col)
            go(row + 1)
            cols.discard(col)
            up.discard(row + col)
            down.discard(row - col)

    go(0)
    return count, hits


for n in range(4, 8):
    print(n, place(n))


class Odd:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return other == self.h + 100


def odd_keys():
    s = set(range(0, 20, 2))
    found = []
    for i in range(600):
        k = i % 24
        if k in s:
            found.append(k)
        if i % 5 == 0:
            s.discard(k)
        else:
            s.add(k)
        if i == 400:
            s.add(Odd(7))
        if i % 7 == 0:
            found.append(7.0 in s)
    print(len(found), found[:20], found[-20:])
    print(sorted(x for x in s if isinstance(x, int)))


odd_keys()

# -1 and -2 share a hash; ints past the hash modulus (2**61 - 1) hash otherwise; bools and
# floats equal to stored ints.
def edges():
    edge = {-2, 2**61, 2**61 - 1, 5, 2**64 + 3}
    seen = []
    for i in range(300):
        for k in (-1, -2, 2**61, 2**61 - 1, 2**61 - 2, 2**64 + 3, 3, 5, i % 7):
            seen.append(k in edge)
        if i % 50 == 0:
            edge.add(i)
            edge.discard(i - 50)
        seen.append(True in edge)
    print(len(seen), seen.count(True), seen[:12], seen[-12:])


edges()
