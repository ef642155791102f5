# Linked exits enter the code they continue in past its register saves: chains of
# side traces (a side trace's exit linked to another side trace, a side trace's end
# linked to its loop trace's entry) many times per run, with many values live in the
# callee-saved registers, then back in the interpreter, which must find its own
# registers intact (it keeps using the values it had before the loop).


class Cell:
    def __init__(self, v):
        self.v = v


def walk(cells, flags, scale):
    a = b = c = d = e = 0
    before = scale * 3 + 1
    for i in range(len(cells)):
        x = cells[i].v
        f = flags[i]
        if f == 0:
            a += x
        elif f == 1:
            b += x * scale
            if x > 50:
                c += 1
            else:
                d -= x
        elif f == 2:
            if x % 3 == 0:
                e += x // 3
            else:
                e -= 1
        else:
            a -= 1
            b += 2
        if x > 90:
            d += a - b
    return a, b, c, d, e, before


def assign(near, counts, i, good):
    # hexiom's shape: a short loop whose invariant flag decides the path, entered once
    # per call.
    for j in near[i]:
        counts[j] -= 1
        if good and counts[j] < 0:
            good = False
    return good


def main():
    cells = [Cell((i * 37) % 101) for i in range(3000)]
    flags = [(i * 7 + i // 5) % 4 for i in range(3000)]
    for scale in (1, 2, 3):
        print(walk(cells, flags, scale))
    near = [[(i + k) % 40 for k in range(1, 7)] for i in range(40)]
    counts = [30] * 40
    goods = 0
    for r in range(400):
        if assign(near, counts, r % 40, r % 3 != 0):
            goods += 1
    print(goods, counts[:10], sum(counts))
    # The interpreter's own state after all of it.
    total = 0
    for k, v in enumerate(counts):
        total += k * v
    print(total)


main()
