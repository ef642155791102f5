# `for i, v in enumerate(<generator>)` in a compiled loop (branch jit-gen2): the generator
# is resumed through the interpreter, the count comes from the enumerate, no pair is made.


def count_from(start, step):
    n = start
    while True:
        yield n
        n += step


def take(stream, n):
    for x in stream:
        yield x
        n -= 1
        if n == 0:
            return


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)


def basic():
    merged = 0
    for i, v in enumerate(take(merge(count_from(2, 3), count_from(1, 5)), 3000)):
        merged += i ^ v
    print("basic", merged)


def with_start():
    s = 0
    for i, v in enumerate(take(count_from(0, 2), 1000), 7):
        s += i * v
    print("start", s)


def types_change():
    # Ints, then floats, then strs: the item's type changes under the trace.
    def gen():
        for k in range(900):
            yield k
        for k in range(300):
            yield k + 0.5
        for k in range(300):
            yield str(k)
    acc = 0
    n = 0
    for i, v in enumerate(gen()):
        if i < 1200:
            acc += v * i
        else:
            n += len(v)
    print("types", acc, n)


def raises():
    def gen():
        for k in range(1000):
            if k == 700:
                raise KeyError(k)
            yield k
    e = enumerate(gen())
    total = 0
    try:
        for i, v in e:
            total += i + v
    except KeyError as exc:
        print("raised", repr(exc), total)
    # The enumerate is exhausted after its generator raised.
    print("after", list(e))


def returns_mid_loop():
    def gen(n):
        k = 0
        while True:
            if k == n:
                return "done"
            yield k * k
            k += 1
    total = 0
    for i, v in enumerate(gen(777)):
        total += v - i
    print("returned", total)
    # A second loop over the same code, a fresh generator.
    total = 0
    for i, v in enumerate(gen(500)):
        total += v + i
    print("again", total)


def break_and_resume():
    g = count_from(0, 1)
    e = enumerate(g)
    seen = 0
    for i, v in e:
        seen += v
        if i == 600:
            break
    print("break", seen, next(e), next(g))
    for i, v in e:
        if i > 1300:
            break
        seen += i - v
    print("resumed", seen)


def running_inside():
    # The generator is running while the trace steps it: `next` of it from inside raises.
    holder = []

    def gen():
        for k in range(800):
            try:
                next(holder[0])
                yield (k, "no error")
            except ValueError as exc:
                yield (k, str(exc))
    g = gen()
    holder.append(g)
    errors = 0
    for i, v in enumerate(g):
        k, r = v
        if r == "generator already executing":
            errors += 1
    print("running", errors)


def send_throw_close():
    def gen():
        k = 0
        while True:
            try:
                got = yield k
            except ValueError:
                got = -1000
            if got is not None:
                k += got
            k += 1
    g = gen()
    total = 0
    for i, v in enumerate(g):
        total += v
        if i == 400:
            total += g.send(5)
        if i == 600:
            total += g.throw(ValueError)
        if i == 900:
            g.close()
    print("send/throw/close", total, list(g))


def big_counts():
    # The count passes the largest small int mid-loop (the interpreter's `ForIter` takes
    # over), and one that starts big.
    s = 0
    last = 0
    for i, v in enumerate(take(count_from(0, 1), 700), 2**63 - 350):
        s += v
        last = i
    print("big", s, last)
    s = 0
    for i, v in enumerate(take(count_from(0, 1), 700), 2**70):
        s += v
        last = i
    print("bigger", s, last)


def not_unpacked():
    # The pair is kept whole: stays interpreted.
    s = 0
    for p in enumerate(take(count_from(1, 1), 800)):
        s += p[0] * p[1]
    print("pairs", s)


basic()
with_start()
types_change()
raises()
returns_mid_loop()
break_and_resume()
running_inside()
send_throw_close()
big_counts()
not_unpacked()
