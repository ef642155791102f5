# A loop compiled in one phase of the program whose runs in the next phase all leave at the
# same exit (another branch, another class at a method call): the exit gets a side trace
# at its 32nd exit instead of the trace being thrown away by the fruitless rule there.


def total(items, limit):
    s = 0
    i = 0
    while i < len(items):
        x = items[i]
        if x > limit:
            s += x * 2
        else:
            s += x
        i += 1
    return s


class Small:
    def __init__(self, v):
        self.v = v

    def weight(self):
        return self.v


class Big(Small):
    def weight(self):
        return self.v * 1000


def weigh(objs):
    t = 0
    for o in objs:
        t += o.weight()
    return t


items = list(range(3000))
print(total(items, 10 ** 9))
print(total(items, -1))
print(total(items, 1500))
print(total(items[:40], -1), total([], 0))

smalls = [Small(i) for i in range(2000)]
bigs = [Big(i) for i in range(2000)]
print(weigh(smalls))
for k in range(40):
    print(k, weigh(bigs[k * 50:(k + 1) * 50]))
print(weigh(smalls[:100] + bigs[:100]))
