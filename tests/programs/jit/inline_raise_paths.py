# Functions with a `raise` on an error path are inlined (deltablue's `satisfy`): the
# recorded path never reaches it, a guard exits before it when a later iteration does, and
# the interpreter raises with its own traceback. A resumable callee (it stores an
# attribute) raising after its store, a pure one, a nested one, and a raise on the
# recorded iteration itself (the recording aborts there).


class LimitError(Exception):
    pass


class Acc:
    def __init__(self, limit):
        self.total = 0
        self.limit = limit

    def add(self, v):
        if v < 0:
            raise LimitError("negative %d" % v)
        self.total += v
        if self.total > self.limit:
            raise LimitError("over %d" % self.limit)
        return self.total


def checked(v):
    if v == 13:
        raise ValueError("unlucky")
    return v * 2


def nested(v):
    return checked(v) + 1


def run(acc, xs):
    last = 0
    for x in xs:
        last = acc.add(x)
    return last


def run_pure(xs):
    t = 0
    for x in xs:
        t += nested(x)
    return t


print(run(Acc(10 ** 9), list(range(1000))))
for xs, limit in ((list(range(500)) + [-4] + list(range(10)), 10 ** 9),
                  (list(range(800)), 100000),
                  ([-1] + list(range(100)), 10 ** 9)):
    acc = Acc(limit)
    try:
        run(acc, xs)
    except LimitError as e:
        print("LimitError", e, acc.total)

print(run_pure(list(range(12))))
print(run_pure([x % 12 for x in range(2000)]))
try:
    run_pure([x % 20 for x in range(2000)])
except ValueError as e:
    print("ValueError", e)

# Uncaught, from inside the inlined call: the traceback is the interpreter's.
run(Acc(10 ** 9), list(range(300)) + [-7])
