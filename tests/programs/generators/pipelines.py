# Generators as pipelines, infinite generators with manual islice-like consumption.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def islice(it, start, stop, step=1):
    it = iter(it)
    i = 0
    nxt = start
    for v in it:
        if i >= stop:
            return
        if i == nxt:
            yield v
            nxt += step
        i += 1


def gen_filter(pred, it):
    for v in it:
        if pred(v):
            yield v


def gen_map(f, it):
    for v in it:
        yield f(v)


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(10, primes()))
print(list(islice(naturals(), 5, 20, 3)))
squares_of_odds = gen_map(lambda x: x * x, gen_filter(lambda x: x % 2, naturals()))
print(take(6, squares_of_odds))
print(take(3, squares_of_odds))   # continues where it left off


def read_lines(text):
    for line in text.split("\n"):
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse_pairs(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


config = """
# settings
name = pyjit
version = 1   # inline comment

mode = fast
"""
print(dict(parse_pairs(strip_comments(read_lines(config)))))


def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


print(list(chunks(range(10), 4)))


def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])


def window(it, n):
    it = iter(it)
    win = take(n, it)
    if len(win) == n:
        yield tuple(win)
    for v in it:
        win = win[1:] + [v]
        yield tuple(win)


print(list(window("abcdef", 3)))


def cycle(items):
    while True:
        for x in items:
            yield x


def zip_gens(*gens):
    while True:
        try:
            yield tuple(next(g) for g in gens)
        except RuntimeError:
            return


c = cycle("xyz")
print([next(c) for _ in range(7)])
print(list(zip(range(5), cycle([True, False]))))


def lazy_trace(name, it):
    for v in it:
        print(f"  {name} produces {v}")
        yield v


pipe = gen_map(lambda v: v + 100, lazy_trace("src", [1, 2, 3]))
print("pipeline built, nothing ran yet")
for v in pipe:
    print("consumer got", v)

genexp = (x * 2 for x in lazy_trace("gx", range(3)))
print("genexp created")
print(next(genexp))
print(list(genexp))
