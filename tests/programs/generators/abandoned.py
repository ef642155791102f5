# Generators abandoned while suspended inside try/finally or with are closed when freed.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"  [{tag}] finally ran")


for x in numbers("break"):
    if x == 2:
        break
print("after break")


def find_first_even(items):
    for v in numbers("return"):
        if v % 2 == 0 and v > 0:
            return v


print("found", find_first_even([]))

g = numbers("del")
print(next(g), next(g))
del g
print("after del")


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, *exc):
        print("  close", self.name, exc[0])


def lines():
    with Res("file"):
        yield "line 1"
        yield "line 2"


for line in lines():
    print(line)
    break
print("after with-generator")


def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


for v in catcher():
    break
print("done catcher")


def outer():
    yield from numbers("inner of yield from")


for v in outer():
    if v == 1:
        break
print("after yield from")

try:
    for v in numbers("exception"):
        if v == 3:
            raise ValueError("stop at 3")
except ValueError as e:
    print("caught", e)

# exhausted or never-started generators have nothing to clean up
for v in numbers("complete"):
    pass
unused = numbers("never started")
del unused
print("end")
