# One call site, objects of two or three classes: the method guard fails on the other
# classes; results must be the interpreter's whatever the JIT does with those exits.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Tri:
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


shapes2 = [Circle(1), Square(2)] * 5
shapes3 = [Circle(1), Square(2), Tri(3, 4), Tri(5, 6), Square(7)]


def areas(shapes, reps):
    total = 0
    for rep in range(reps):
        for s in shapes:
            total += s.area()
    return total


def areas_while(shapes, n):
    total = 0
    i = 0
    while i < n:
        total += shapes[i % len(shapes)].area()
        i += 1
    return total


for shapes in (shapes2, shapes3):
    print(areas(shapes, 300), areas_while(shapes, 3000))


# The same loop while a class is redefined mid-loop (new class, same name).
def run(n):
    global Square
    total = 0
    items = [Circle(2), Square(3)]
    for i in range(n):
        if i == n // 2:
            class Square:
                def __init__(self, s):
                    self.s = s

                def area(self):
                    return -self.s

            items = [Circle(2), Square(3)]
        for it in items:
            total += it.area()
    return total


print(run(400))


# A method that raises on one class only.
class Good:
    def val(self, i):
        return i + 1


class Bad:
    def val(self, i):
        if i > 250:
            raise ValueError("bad %d" % i)
        return i - 1


def poly_raise(objs):
    t = 0
    i = 0
    while i < 600:
        try:
            t += objs[i % len(objs)].val(i)
        except ValueError as e:
            t += 1000
            if i > 400:
                print("caught", e)
                break
        i += 1
    return t


print(poly_raise([Good(), Good(), Bad()]))


# Stores into shared (not fresh) objects through methods two levels deep, then an
# exception in the middle of the loop: the stores before it must all be visible.
class Rng:
    def __init__(self):
        self.seed = 7

    def next(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed


class Game:
    def __init__(self, rng):
        self.rng = rng
        self.count = 0

    def step(self):
        self.count += 1
        return self.rng.next() % 100


def play(g, n):
    t = 0
    for i in range(n):
        v = g.step()
        if i == n - 3:
            t += v // (v - v)
        t += v
    return t


rng = Rng()
g = Game(rng)
try:
    play(g, 500)
except ZeroDivisionError:
    print("zde", g.count, rng.seed)
print(play(Game(Rng()), 200), g.count, rng.seed)
