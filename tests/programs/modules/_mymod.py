"""A helper module imported by the modules/ tests."""
print("_mymod: body runs, __name__ =", __name__)

GREETING = "hello"
counter = 0
_private = "hidden"


def greet(name):
    return f"{GREETING}, {name}!"


def bump():
    global counter
    counter += 1
    return counter


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Square(Shape):
    sides = 4


if __name__ == "__main__":
    print("_mymod run as a script")
