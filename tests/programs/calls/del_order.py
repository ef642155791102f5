# Finalization when a frame returns: locals are freed first to last, before the caller
# goes on; objects freed by an exception unwinding through frames are finalized too.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def locals_three():
    a = D("a")
    b = D("b")
    c = D("c")
    print("returning")
    return 1


print("result", locals_three())


def returns_one():
    x = D("kept")
    y = D("dropped")
    return x


def caller():
    r = returns_one()
    print("caller has", r.name)
    return r.name


print(caller())


def nested(n):
    d = D("level %d" % n)
    if n > 0:
        nested(n - 1)
    print("leaving", n)


nested(2)


def raising(n):
    d = D("raise %d" % n)
    if n == 0:
        raise ValueError("deep")
    raising(n - 1)


# (No `as e` and nothing printed in the handler: CPython's traceback keeps the frames, and
# their locals, alive until the handler ends; pyjit's does not.)
try:
    raising(2)
except ValueError:
    pass
print("after")


def arg_dies(obj):
    print("got", obj.name)


arg_dies(D("temp"))
print("next")


def in_expression():
    return len(D("expr").name)


print(in_expression())
