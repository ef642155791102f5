# Custom context managers: __enter__ return value, __exit__ arguments, ordering.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type, exc, tb)
        return None


with Tag("html") as t:
    print("inside", t)
    with Tag("body"):
        print("nested body")

with Tag("a") as x, Tag("b") as y:
    print("two managers", x, y)


class Timer:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("start")
        return self

    def __exit__(self, *args):
        self.events.append("stop")


with Timer() as tm:
    tm.events.append("work")
print(tm.events)


def f():
    with Tag("fn"):
        return "returned from with"


print(f())

for i in range(3):
    with Tag(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)


class Unpack:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        pass


with Unpack() as (a, (b, c)):
    print(a, b, c)

d = {}
with Unpack() as d["key"]:
    pass
print(d)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        print("not reached")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
