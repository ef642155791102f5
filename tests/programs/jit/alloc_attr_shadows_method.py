# Instances made in a traced loop get attributes (`setattr` on a fresh instance); one
# of them has the name of a method of another class's instances, and later of its own
# class: method calls must then find the instance attribute, in every mode.


class P:
    def __init__(self, v):
        self.v = v
        self.w = v + 1

    def total(self):
        return self.v + self.w


class Q:
    def __init__(self, v):
        self.v = v
        self.total = lambda: -v     # shadows Q.total on the instance

    def total(self):
        return 1000


def run(cls, n):
    s = 0
    for i in range(n):
        o = cls(i)
        s += o.total()
    return s


print(run(P, 3000))
print(run(Q, 3000))
print(run(P, 3000))


class R:
    def __init__(self, v):
        self.v = v

    def total(self):
        return self.v * 2


def mixed(n):
    s = 0
    for i in range(n):
        o = R(i)
        if i == 2000:
            o.total = lambda: 7      # a first instance attribute named like the method
        s += o.total()
    return s


print(mixed(3000))
