# __exit__ raising, replacing the body's exception, reusing a manager, and the exception being
# handled inside __exit__.
import sys


class Replace:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise TypeError("replaced in __exit__") from ev
        return False


try:
    with Replace():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))


class Peek:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        info = sys.exc_info()
        print("exc_info inside __exit__:", info[0].__name__ if info[0] else None)
        return True


with Peek():
    raise IndexError("peek")
with Peek():
    pass


class Reusable:
    def __init__(self):
        self.uses = 0

    def __enter__(self):
        self.uses += 1
        return self.uses

    def __exit__(self, *a):
        return None


r = Reusable()
with r as first:
    with r as second:
        print("nested uses", first, second)
with r as third:
    print("third use", third)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


try:
    with FailingExit():
        print("body ran")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)

try:
    with FailingExit():
        raise KeyError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


class ExitArgs:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit got", len(args), "arguments:", [type(a).__name__ for a in args])
        return True


with ExitArgs():
    pass
with ExitArgs():
    1 / 0
