# A richards-like scheduler loop: every iteration runs another task class, so the loop
# trace's guards (inside the inlined `is_runnable`, at the `task.run` method lookup) fail
# on most iterations. Their exits start the statement again (an empty operand stack), so
# side traces link to them; results, exceptions and tracebacks must be the interpreter's.
HELD = 4
WAITING = 2
PENDING = 1


class Task:
    def __init__(self, sched, prio, state):
        self.sched = sched
        self.prio = prio
        self.state = state
        self.count = 0
        self.link = sched.tasks
        sched.tasks = self

    def is_runnable(self):
        s = self.state
        if s & HELD:
            return False
        if s & WAITING and not (s & PENDING):
            return False
        return True


class Idle(Task):
    def run(self, n):
        self.count += 1
        nxt = self.link
        if self.count % 3 == 0:
            self.state = self.state | HELD
        return nxt


class Worker(Task):
    def run(self, n):
        self.count += 2
        if n % 5 == 0:
            self.state = WAITING
        return self.link


class Device(Task):
    def run(self, n):
        self.count += n % 7
        self.state = self.state & ~HELD
        return self.link


class Handler(Task):
    def run(self, n):
        self.count -= 1
        self.sched.log += 1
        return self.sched.tasks if n % 11 == 0 else self.link


class Sched:
    def __init__(self):
        self.tasks = None
        self.log = 0

    def schedule(self, steps):
        n = 0
        task = self.tasks
        while n < steps:
            n += 1
            if task is None:
                task = self.tasks
            elif task.is_runnable():
                task = task.run(n)
            else:
                task.state = task.state & ~(HELD | WAITING)
                task = task.link
        return n


def build():
    s = Sched()
    Idle(s, 0, 0)
    Worker(s, 1, 0)
    Device(s, 2, HELD)
    Handler(s, 3, WAITING | PENDING)
    Device(s, 4, 0)
    Worker(s, 5, WAITING)
    return s


def counts(s):
    out = []
    t = s.tasks
    while t is not None:
        out.append((type(t).__name__, t.count, t.state))
        t = t.link
    return out


s = build()
for steps in (10, 300, 5000, 20000):
    print(steps, s.schedule(steps), s.log, counts(s))


# A task whose state attribute goes missing mid-loop: the AttributeError comes from
# `is_runnable` (the guard on its load fails; the exit starts that line again).
class Odd(Task):
    def run(self, n):
        self.count += 1
        if self.count == 60:
            del self.link.state
        return self.link


s = build()
Odd(s, 9, 0)
try:
    s.schedule(6000)
except AttributeError as e:
    print("AttributeError", e, s.log)


# A receiver of a class without `run` mid-loop: the method lookup's exit starts that line
# again and the interpreter raises there (uncaught: the traceback).
class NoRun(Task):
    pass


s = build()
print(s.schedule(3000), s.log)
NoRun(s, 7, 0)
print(s.schedule(100000), s.log, counts(s))
