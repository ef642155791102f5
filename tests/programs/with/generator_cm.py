# Context managers built from generators by hand (a tiny contextmanager).
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper


@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name + "-handle"
    finally:
        print("close", name)


@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__, e)


with opened("db") as h:
    print("using", h)

try:
    with opened("file") as h:
        raise ValueError("failure while using " + h)
except ValueError as e:
    print("propagated:", e)

with ignoring(KeyError, IndexError):
    [1, 2][5]
print("continues")

with opened("a") as a, ignoring(ZeroDivisionError):
    print(a)
    1 / 0
print("end")


@contextmanager
def indent(stack):
    stack.append("  ")
    try:
        yield "".join(stack)
    finally:
        stack.pop()


st = []
with indent(st) as p1:
    print(p1 + "level 1")
    with indent(st) as p2:
        print(p2 + "level 2")
    print(p1 + "back to 1")
print(st)
