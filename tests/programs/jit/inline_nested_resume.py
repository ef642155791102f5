# Guards failing inside a pure function inlined into a method with side effects: the method's
# frame is rebuilt at its call of the pure function, which the interpreter makes again.


def inv(x):
    return 100.0 / x


def scale_of(x):
    return inv(x - 5.0) * 2


class Cell:
    def __init__(self, v):
        self.v = v
        self.hits = 0

    def update(self, d):
        self.hits += 1
        self.v += d
        return scale_of(self.v)


def run(cells):
    s = 0.0
    try:
        for c in cells:
            s += c.update(1.0)
    except ZeroDivisionError as e:
        print("caught", e)
    return round(s, 6)


cells = [Cell(float(i % 9) + 10.0) for i in range(1000)]
print(run(cells))
cells[700].v = 4.0
print(run(cells))
print(cells[699].hits, cells[700].hits, cells[700].v, cells[701].hits)


def rebind_inside(cells):
    global inv
    saved = inv
    s = 0.0
    k = 0
    for c in cells:
        s += c.update(0.5)
        k += 1
        if k == 300:
            def inv(x):
                return 1.0
    inv = saved
    return round(s, 6)


print(rebind_inside([Cell(float(i % 5) + 20.0) for i in range(1000)]))


def counter_type_change(cells):
    k = 0
    for c in cells:
        c.update(0.25)
        k += 1
        if k == 400:
            cells[500].hits = 2.5
    return [c.hits for c in cells[498:503]]


print(counter_type_change([Cell(30.0) for i in range(1000)]))


def final(cells):
    for c in cells:
        c.update(1.0)


cells = [Cell(30.0) for i in range(1000)]
cells[600].v = 4.0
final(cells)
