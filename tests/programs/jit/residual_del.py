# Finalizers and residual calls: an object with `__del__` returned by a residual call and
# dropped at once is finalized before the next call runs, as in CPython (here the recording
# sees the finalizer run and aborts; a result that is usually `None` compiles, and the
# iterations that return an instance exit at the result's type guard).


class D:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


def make(i, k=0):
    return D(i)


def sometimes(i, k=47):
    if i % k == 0:
        return D(i)
    return None


def note(i, k=0):
    if i % 25 == 0:
        print("note", i)
    return 1


def always():
    t = 0
    for i in range(300):
        make(i)
        t += note(i)
    return t


def rarely():
    t = 0
    for i in range(600):
        sometimes(i)
        t += note(i)
    return t


print(always())
print(rarely())
