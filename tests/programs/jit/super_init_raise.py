# A class whose `__init__` calls `super().__init__(...)` (inlined into the loop), whose
# base raises mid-loop: caught once, then uncaught, with the traceback of the interpreter.


class Shape:
    def __init__(self, size):
        if size > 250:
            raise ValueError("too big: %d" % size)
        self.size = size


class Square(Shape):
    def __init__(self, size, colour, tag, extra):
        super().__init__(size)
        self.colour = colour
        self.tag = tag
        self.extra = extra


def make(n, start):
    total = 0
    for i in range(start, n):
        total += Square(i, "red", i % 3, None).size
    return total


try:
    make(400, 0)
except ValueError as e:
    print("caught", e)
print(make(250, 0))
print(make(400, 100))
