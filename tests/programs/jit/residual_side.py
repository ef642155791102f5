# A residual call in a side trace (one branch of the loop): the side trace links back into
# the loop's trace and releases what it owns (the call's result) at its end, each time.


class V:
    def __init__(self, v):
        self.v = v
        self.pad = [0] * 20


def mk(i, k=1):
    return V(i * k)


def f(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += mk(i).v
        else:
            t += 1
    return t


print(f(200000))
