# set add/discard/remove and `in` of ints on churned tables (dummies left by discards),
# walked by control-byte groups in the trace's machine code (backend/x64/setin.rs): the
# slot an add reuses (the last dummy of the probe sequence, else the unused slot that ends
# it) decides the iteration order, which must stay CPython's.


def queens(n):
    cols, up, down = set(), set(), set()
    found = []

    def place(row):
        if row == n:
            found.append((list(cols), list(up), list(down)))
            return
        for col in range(n):
            if col in cols or row + col in up or row - col in down:
                continue
            cols.add(col)
            up.add(row + col)
            down.add(row - col)
            place(row + 1)
            cols.discard(col)
            up.discard(row + col)
            down.discard(row - col)

    place(0)
    return len(found), found[::7][:5], list(cols), list(up), list(down)


print(queens(6))
print(queens(8))

def churn(n, m, step):
    s = set()
    log = []
    for i in range(n):
        k = (i * step) % m - m // 3
        if i % 3 == 0:
            s.discard(k)
        elif i % 3 == 1:
            s.add(k)
        else:
            if k in s:
                s.remove(k)
            else:
                s.add(k * 2)
        if i % 211 == 0:
            log.append(list(s))
    return log[-3:], list(s), len(s)


print(churn(3000, 17, 5))
print(churn(3000, 61, 7))
print(churn(6000, 400, 13))
print(churn(2000, 9, 1))


# Keys crowding one probe sequence in an 8- and a 32-slot table, with dummies between.
def crowd(n):
    s = set()
    for i in range(n):
        k = (i % 6) * 32 + (i % 2)
        if k in s:
            s.discard(k)
        else:
            s.add(k)
        s.add(i % 5)
        s.discard((i + 2) % 5)
    return list(s)


print(crowd(500))


# remove of an absent key raises KeyError inside the loop, after dummies.
def removing(n):
    s = set(range(20))
    got = []
    for i in range(n):
        s.discard(i % 20)
        s.add(i % 20 + 20)
        try:
            s.remove(i % 23)
            got.append(i % 23)
        except KeyError as e:
            got.append(-int(str(e)))
    return got[-12:], list(s)


print(removing(300))


# Instance keys of an int's hash among the dummies: their __eq__ runs first, as in CPython.
class K:
    calls = 0

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.calls += 1
        return False


def with_instances(n):
    s = set(range(8))
    for j in range(8):
        s.discard(j)
    s.add(K(3))
    s.add(K(11))
    out = []
    for i in range(n):
        k = i % 16
        s.add(k)
        out.append(k in s)
        s.discard(k)
        out.append(k in s)
    return out.count(True), K.calls, len(s)


print(with_instances(200))


# Bools and floats equal to stored ints, and the other way, in churned tables.
def mixed(n):
    s = {True, 2.0, False}
    for j in range(10):
        s.add(j + 10)
        s.discard(j + 10)
    out = 0
    for i in range(n):
        k = i % 4
        if k in s:
            out += 1
        s.add(k)
        s.discard(k)
        s.add(float(k))
    return out, sorted(s), len(s)


print(mixed(300))


# Negative keys (nqueens' row - col), growth while churning, a frozenset alongside.
def growth(n):
    s = set()
    f = frozenset(range(-5, 5))
    hits = 0
    for i in range(n):
        s.add(-i)
        if i % 4 == 0:
            s.discard(-(i // 2))
        if (i % 10 - 5) in f:
            hits += 1
    return hits, len(s), list(s)[:20]


print(growth(1000))


# len of a list and a set inside the loop (inline in the trace): growing, shrinking,
# cleared, a flood fill as in go's `group`.
def flood(n):
    total = 0
    for start in range(n):
        stones = [start]
        seen = {start}
        libs = set()
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for q in (p - 1, p + 1, p * 2 % 97):
                if q % 5 == 0:
                    libs.add(q)
                elif q not in seen and len(seen) < 40:
                    seen.add(q)
                    stones.append(q)
            if len(libs) > 6:
                libs.discard(q)
            if i == 20:
                libs.clear()
        total += len(stones) * 100 + len(libs) + len(seen)
    return total


print(flood(300))
