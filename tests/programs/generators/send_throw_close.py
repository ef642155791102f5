# send, throw and close.
def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  bad value:", e)
            continue
        except GeneratorExit:
            print("  closing with total", total)
            raise
        total += value
        count += 1


acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.throw(ValueError("negative")))
print(acc.send(1))
acc.close()
acc.close()   # closing twice is fine
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")

g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def stops_on_throw():
    try:
        yield 1
    except KeyError:
        return "returned after KeyError"


g = stops_on_throw()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)


def does_not_catch():
    yield 1
    yield 2


g = does_not_catch()
next(g)
try:
    g.throw(IndexError("into the generator"))
except IndexError as e:
    print("propagated:", e)
print(next(g, "generator finished"))

# throw into an unstarted generator
g = does_not_catch()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(g))


# throw a class
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


c = catcher()
next(c)
c.throw(ValueError)
c.throw(TypeError("with message"))
c.close()


# close runs finally blocks
def resource():
    print("  open")
    try:
        yield "data"
        yield "more"
    finally:
        print("  released")


r = resource()
print(next(r))
r.close()
print("after close")


# generator that ignores GeneratorExit
def stubborn():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print("  ignoring exit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))   # it is still suspended and can finish


# yielding inside finally during close
def yield_value_on_throw():
    try:
        yield 1
    except ValueError:
        yield "recovered"
    yield "last"


g = yield_value_on_throw()
print(next(g), g.throw(ValueError), next(g), next(g, "end"))

# generator already executing
def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# StopIteration raised inside a generator becomes RuntimeError
def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
