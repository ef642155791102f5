# Exits of linked side traces get linked side traces of their own: a loop whose first
# branch goes both ways (its exit gets a side trace) and whose second branch, on that
# side trace's path, goes both ways too (go's `Board.group`: `c == color and q not in
# seen`). Type changes, exceptions and a rebound global on the nested path must behave
# as in the interpreter.

EMPTY = 0


def group(cells, start, neighbours):
    color = cells[start]
    stones = [start]
    seen = {start}
    libs = 0
    i = 0
    while i < len(stones):
        p = stones[i]
        i += 1
        for q in neighbours[p]:
            c = cells[q]
            if c == EMPTY:
                libs += 1
            elif c == color and q not in seen:
                seen.add(q)
                stones.append(q)
    return len(stones), libs


def board(n, seed):
    cells = []
    x = seed
    for _ in range(n * n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        r = (x >> 8) % 10
        cells.append(0 if r < 3 else (1 if r < 8 else 2))
    nb = []
    for p in range(n * n):
        r, c = divmod(p, n)
        out = []
        if r > 0:
            out.append(p - n)
        if r < n - 1:
            out.append(p + n)
        if c > 0:
            out.append(p - 1)
        if c < n - 1:
            out.append(p + 1)
        nb.append(out)
    return cells, nb


def total(cells, nb, n):
    t = 0
    for s in range(0, n * n, 7):
        if cells[s] != EMPTY:
            k, libs = group(cells, s, nb)
            t += k * 3 + libs
    return t


cells, nb = board(30, 7)
print(total(cells, nb, 30))


def walk(xs, k):
    # The inner branch on the side trace's path: `x % k` both ways, then a float and a
    # str in the middle, then a ZeroDivisionError on the nested path.
    acc = 0
    odd = 0
    for x in xs:
        if x > 25:
            if x % k == 0:
                acc += x // k
            else:
                odd += 1
        else:
            acc -= 1
    return acc, odd


xs = [i % 37 for i in range(6000)]
print(walk(xs, 3))
print(walk(xs[:3000] + [33.0] + xs[3000:], 3))
try:
    print(walk(xs[:3000] + ["a"] + xs[3000:], 3))
except TypeError as e:
    print("TypeError", e)
try:
    print(walk(xs, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

K = 3


def walk_global(xs):
    global K
    acc = 0
    for i, x in enumerate(xs):
        if i == 4000:
            K = 5
        if x > 25:
            if x % K == 0:
                acc += x
            else:
                acc -= 2
        else:
            acc += 1
    return acc


print(walk_global(xs))
