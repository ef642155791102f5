# A generator's finalizer closes it once: one that ignores GeneratorExit there is left
# as it is (its finally blocks never run; the one left for the end of the program shows
# it: dropped inside a frame, CPython's report would name that frame); one freed inside `yield from` closes its
# sub-generator first and gets that close's error raised in its own frame; throwing
# StopIteration into a generator that never started is a RuntimeError (PEP 479).
LOG = []


class CM:
    def __init__(self, k):
        self.k = k

    def __enter__(self):
        LOG.append(("enter", self.k))

    def __exit__(self, t, v, tb):
        LOG.append(("exit", self.k, t.__name__ if t else None))
        return False


def stubborn():
    try:
        try:
            yield 1
        except GeneratorExit:
            LOG.append("caught")
            yield 2
            LOG.append("after 2")
        finally:
            LOG.append("fin")
    finally:
        LOG.append("outer fin")


x = stubborn()
next(x)
try:
    x.close()
except RuntimeError as e:
    print("close:", e, LOG)
LOG.clear()
print("then next:", next(x, "done"), LOG)
LOG.clear()


def sub():
    with CM("sub"):
        try:
            yield 1
        except GeneratorExit:
            LOG.append("sub ignores")
            yield 2


def delegating():
    x = yield from sub()
    LOG.append(("never", x))


def guarded():
    try:
        yield from sub()
    except RuntimeError as e:
        LOG.append(("guarded caught", str(e)))


for make in (delegating, guarded):
    g = make()
    next(g)
    g = None
    print(make.__name__, "dropped:", LOG)
    LOG.clear()
    g = make()
    next(g)
    try:
        g.close()
        print(make.__name__, "closed", LOG)
    except RuntimeError as e:
        print(make.__name__, "close:", e, LOG)
    LOG.clear()
    g = None
    print(make.__name__, "then dropped:", LOG)
    LOG.clear()


def plain():
    yield 1


for started in (False, True):
    g = plain()
    if started:
        next(g)
    try:
        g.throw(StopIteration(3))
    except RuntimeError as e:
        print("throw StopIteration:", started, e, repr(e.__cause__))
    except StopIteration as e:
        print("StopIteration escaped", e)
    g = plain()
    if started:
        next(g)
    try:
        g.throw(ValueError("v"))
    except ValueError as e:
        print("throw ValueError:", started, e)


def stubborn_at_exit():
    try:
        try:
            yield 1
        except GeneratorExit:
            print("exit: caught")
            yield 2
            print("exit: after 2")
        finally:
            print("exit: fin")
    finally:
        print("exit: outer fin")


kept = stubborn_at_exit()
next(kept)
print("end of program")
