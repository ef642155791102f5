# return/break/continue/yield through with blocks; __exit__ always runs exactly once, and
# sees the exception type, value and a traceback placeholder.
class Trace:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Trace.depth + f"enter {self.name}")
        Trace.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Trace.depth -= 1
        what = "ok" if et is None else f"{et.__name__}({ev})"
        print("  " * Trace.depth + f"exit {self.name}: {what}, tb given: {tb is not None}")
        return False


def find(items, target):
    with Trace("find"):
        for i, x in enumerate(items):
            with Trace(f"item {i}"):
                if x == target:
                    return i
    return -1


print("found at", find(["a", "b", "c"], "b"))
print("not found", find(["a"], "z"))

for n in range(4):
    with Trace(f"loop {n}"):
        if n == 1:
            continue
        if n == 3:
            break
        print("    body", n)


def gen():
    with Trace("gen"):
        yield 1
        yield 2


for v in gen():
    print("    got", v)

try:
    with Trace("outer"):
        with Trace("inner"):
            raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


class Value:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self.v * 2

    def __exit__(self, *exc):
        self.v = None


cm = Value(21)
with cm as doubled:
    print("as target is __enter__'s result:", doubled)
print("after exit:", cm.v)


class Swallow:
    def __init__(self):
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.count += 1
            return True


sw = Swallow()
for i in range(5):
    with sw:
        if i % 2:
            raise ValueError(i)
        print("even", i)
print("swallowed", sw.count)


def early_exit_in_except():
    for attempt in range(3):
        with Trace(f"attempt {attempt}"):
            try:
                if attempt < 2:
                    raise ConnectionError("retry")
                return f"succeeded on attempt {attempt}"
            except ConnectionError:
                continue


print(early_exit_in_except())
