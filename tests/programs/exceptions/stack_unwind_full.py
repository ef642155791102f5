# Exceptions raised while many values sit on the stack (inside argument lists,
# displays and nested calls) must unwind to the handler's depth, and the frame
# must go on working afterwards: loops around the try run many times.


class Boom(Exception):
    pass


def boom(x):
    if x % 3 == 0:
        raise Boom(x)
    return x


def f(a, b, c, d, e):
    return a + b + c + d + e


caught = 0
total = 0
for i in range(200):
    try:
        total += f(i, [i, i + 1, (i, boom(i))][0], i * 2, {i: boom(i + 1)}[i], f(1, 2, 3, 4, boom(i + 2)))
    except Boom as e:
        caught += 1
        total -= e.args[0]
print(caught, total)

# The same inside a nested try/finally and with blocks, in a loop.
class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit:" + (t.__name__ if t else "none"))
        return t is KeyError


log = []
n = 0
for i in range(30):
    try:
        with Ctx(log):
            try:
                n += f(i, i, [i, boom(i)][1], i, i)
            finally:
                n += 1
            if i % 5 == 1:
                n += f(1, 2, 3, 4, {}["k"])
    except Boom:
        n += 1000
print(n, len(log), log[:6], log.count("exit:KeyError"), log.count("exit:Boom"))

# An exception out of a deep expression in a nested call, caught several frames up.
def level(k):
    if k == 0:
        return [1, 2, (3, 4, boom(3))]
    return (k, [k, level(k - 1)], k)


for depth in (1, 5, 20):
    try:
        level(depth)
    except Boom as e:
        print("caught at depth", depth, e.args)

# Re-raise and exception chaining with values on the stack.
def chain(i):
    try:
        return [i, f(1, 2, 3, 4, boom(i))]
    except Boom as e:
        raise ValueError("wrapped %d" % i) from e


out = []
for i in range(6):
    try:
        out.append(chain(i))
    except ValueError as e:
        out.append((str(e), type(e.__cause__).__name__))
print(out)

# An uncaught error inside a big expression still gives the right traceback line.
def last():
    return (1, 2, [3, 4, {5: boom(6)}])


try:
    last()
except Boom as e:
    print("final", e.args)
