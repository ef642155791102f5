# Polymorphic call sites whose side traces make residual calls that run loops (their own
# traces run nested), with an exception from inside on one class only.


def busy(n):
    t = 0
    for i in range(n):
        t += i * i % 7
    return t


class A:
    def work(self, k):
        return k + 1


class B:
    def work(self, k):
        return busy(k % 13 + 5)


class C:
    def work(self, k):
        if k == 2999:
            raise ValueError("bad k %d" % k)
        return busy(3) - k


def run(objs):
    total = 0
    k = 0
    for o in objs:
        total += o.work(k)
        k += 1
    return total


def run_while(objs):
    total = 0
    i = 0
    while i < len(objs):
        total += objs[i].work(i)
        i += 1
    return total


print(run([A(), B()] * 1500))
print(run_while([B(), A(), B()] * 900))
try:
    print(run([A(), B(), C()] * 1200))
except ValueError as e:
    print("caught", e)
print(run([C(), A()] * 1000))
