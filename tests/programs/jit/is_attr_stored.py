# An attribute stored in the loop on some iterations (another type than the one recorded)
# and then tested only with `is`/`is not`: the trace keeps the attribute's tag check, so
# the other type leaves it (and, once hot, runs in a side trace).
class P:
    def __init__(self):
        self.c = None

    def getc(self):
        return self.c


def stores(n):
    p = P()
    a = 0
    for i in range(n):
        if i % 5 == 1:
            p.c = "s"
        if i % 7 == 0:
            p.c = None
        if p.c is None:
            a += 1
        else:
            a -= 1
    return a


def stores_while(n):
    p = P()
    a = 0
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            p.c = True
        elif i % 4 == 0:
            p.c = None
        elif i % 11 == 0:
            p.c = 0
        if p.getc() is not None:
            a += 1
        if p.c is True:
            a += 100
        if p.c == None:  # noqa: E711
            a += 10000
    return a


def rotate(ps, n):
    a = 0
    for i in range(n):
        p = ps[i % len(ps)]
        if p.c is None:
            a += 1
        elif p.getc() is False:
            a += 1000
    return a


for n in (10, 60, 3000):
    print(n, stores(n), stores_while(n))
ps = [P() for _ in range(10)]
ps[3].c = "s"
ps[7].c = False
print(rotate(ps, 60), rotate(ps, 3000))
