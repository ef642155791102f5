# Side traces entered through the trampoline: exits with objects on the operand stack
# (the receiver of a polymorphic call) or objects stored into locals.


# A scheduler loop like richards': tasks of several classes in a linked list, the loop
# variable rebound to an object each iteration.
class Task:
    def __init__(self, n, link):
        self.n = n
        self.link = link
        self.count = 0

    def runnable(self):
        return self.count % 3 != 2


class Worker(Task):
    def run(self, x):
        self.count += 1
        return self.link


class Idle(Task):
    def run(self, x):
        self.count += 2
        return self.link


class Device(Task):
    def runnable(self):
        return True

    def run(self, x):
        self.count += x
        return self.link


def chain(n):
    t = None
    for i in range(n):
        cls = (Worker, Idle, Device)[i % 3]
        t = cls(i, t)
    return t


def schedule(head, rounds):
    steps = 0
    for r in range(rounds):
        task = head
        while task is not None:
            if task.runnable():
                task = task.run(r & 3)
            else:
                task = task.link
            steps += 1
    return steps


head = chain(7)
print(schedule(head, 400))
t = head
while t is not None:
    print(type(t).__name__, t.n, t.count)
    t = t.link


# Exits inside the side trace: the side trace for the second class runs a branch that
# goes the other way after a while, and an attribute that changes type.
class P:
    def __init__(self):
        self.v = 1

    def get(self, i):
        return self.v + i


class Q:
    def __init__(self):
        self.v = 2

    def get(self, i):
        if i > 1500:
            return self.v * 2.5
        return self.v - i


def total(objs, n):
    t = 0
    i = 0
    while i < n:
        t += objs[i % 2].get(i)
        i += 1
    return t


print(total([P(), Q()], 3000))
qs = [P(), Q()]
print(total(qs, 1000))
qs[1].v = 1.5
print(total(qs, 1000))


# A class redefined mid-loop, with the receiver's class changing under a side trace.
class R:
    def val(self):
        return 1


class S:
    def val(self):
        return 2


def mixed(n):
    global S
    items = [R(), S(), S()]
    t = 0
    for i in range(n):
        if i == n // 2:
            class S:
                def val(self):
                    return 30

            items = [R(), S(), S()]
        for it in items:
            t += it.val()
    return t


print(mixed(600))


# A method raising on one class only, from inside a side trace.
class Ok:
    def f(self, i):
        return i


class Boom:
    def f(self, i):
        if i == 1235:
            raise KeyError(i)
        return -i


def calls(objs):
    t = 0
    i = 0
    try:
        while i < 3000:
            t += objs[i % 2].f(i)
            i += 1
    except KeyError as e:
        print("KeyError", e, t, i)
    return t


print(calls([Ok(), Boom()]))
