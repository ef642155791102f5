# Loops over generators and loops that yield: never traced, blacklisted at their first
# aborted recording; loops next to them still compile.
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def pairs(g):
    for x in g:
        yield x, x * x


def consume(n):
    t = 0
    for a, b in pairs(evens(n)):
        t += a + b
    return t


total = 0
for k in range(300):
    total += consume(k % 40)
print(total)

# A function iterating a list on some calls and a generator on others.
def summed(xs):
    s = 0
    for x in xs:
        s += x
    return s


acc = 0
for k in range(400):
    if k % 3 == 0:
        acc += summed(x for x in range(k % 17))
    else:
        acc += summed([k, k + 1, k + 2, k % 5])
print(acc)

# A generator with a hot inner loop that does not yield.
def chunks(n):
    for i in range(n):
        s = 0
        j = 0
        while j < 50:
            s += j * i
            j += 1
        yield s


print(sum(chunks(200)))
