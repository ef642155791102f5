# A discrete-event scheduler: tasks are generators that yield commands (sleep, wait for an
# event, send to a channel); a priority queue orders wake-ups by (time, sequence).
class Sleep:
    def __init__(self, delay):
        self.delay = delay


class WaitEvent:
    def __init__(self, name):
        self.name = name


class Fire:
    def __init__(self, name, payload=None):
        self.name = name
        self.payload = payload


class Spawn:
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name


class TaskFailed(Exception):
    pass


class PriorityQueue:
    def __init__(self):
        self.heap = []

    def push(self, item):
        self.heap.append(item)
        self._up(len(self.heap) - 1)

    def pop(self):
        heap = self.heap
        heap[0], heap[-1] = heap[-1], heap[0]
        item = heap.pop()
        if heap:
            self._down(0)
        return item

    def _up(self, i):
        h = self.heap
        while i and h[i] < h[(i - 1) // 2]:
            p = (i - 1) // 2
            h[i], h[p] = h[p], h[i]
            i = p

    def _down(self, i):
        h = self.heap
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(h)]
            if not kids:
                return
            k = min(kids, key=lambda j: h[j])
            if h[k] < h[i]:
                h[k], h[i] = h[i], h[k]
                i = k
            else:
                return

    def __len__(self):
        return len(self.heap)


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = PriorityQueue()
        self.seq = 0
        self.waiting = {}
        self.tasks = {}
        self.results = {}
        self.log = []

    def spawn(self, gen, name):
        self.tasks[name] = gen
        self._schedule(self.now, name, None)

    def _schedule(self, when, name, value):
        self.seq += 1
        self.queue.push((when, self.seq, name, value))

    def trace(self, msg):
        self.log.append(f"t={self.now:3} {msg}")

    def run(self, until=1000):
        while len(self.queue):
            when, _, name, value = self.queue.pop()
            if when > until:
                self.trace(f"stopping: next wake-up at {when} is past {until}")
                break
            self.now = when
            gen = self.tasks[name]
            try:
                cmd = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.trace(f"{name} finished -> {stop.value!r}")
                continue
            except TaskFailed as e:
                self.results[name] = e
                self.trace(f"{name} failed: {e}")
                continue
            self.handle(name, cmd)
        for name, gen in self.tasks.items():
            if name not in self.results:
                gen.close()
                self.results[name] = "cancelled"

    def handle(self, name, cmd):
        if isinstance(cmd, Sleep):
            self._schedule(self.now + cmd.delay, name, self.now + cmd.delay)
        elif isinstance(cmd, WaitEvent):
            self.waiting.setdefault(cmd.name, []).append(name)
        elif isinstance(cmd, Fire):
            woken = self.waiting.pop(cmd.name, [])
            self.trace(f"{name} fires {cmd.name!r} waking {woken}")
            for w in woken:
                self._schedule(self.now, w, cmd.payload)
            self._schedule(self.now, name, len(woken))
        elif isinstance(cmd, Spawn):
            self.spawn(cmd.gen, cmd.name)
            self._schedule(self.now, name, cmd.name)
        else:
            self.results[name] = TaskFailed(f"bad command {cmd!r}")
            self.trace(f"{name} yielded an unknown command")


def clock(sched, period, ticks):
    for i in range(ticks):
        t = yield Sleep(period)
        sched.trace(f"clock tick {i} (woke at {t})")
    return ticks


def producer(sched, items):
    for item in items:
        yield Sleep(3)
        n = yield Fire("item", item)
        sched.trace(f"producer sent {item!r} to {n} consumer(s)")
    yield Fire("item", None)
    return "produced %d" % len(items)


def consumer(sched, name):
    got = []
    while True:
        item = yield WaitEvent("item")
        if item is None:
            break
        sched.trace(f"{name} got {item!r}")
        got.append(item)
        yield Sleep(len(item))
    return got


def flaky(sched):
    yield Sleep(4)
    raise TaskFailed("disk on fire")


def parent(sched):
    child = yield Spawn(clock(sched, 7, 2), "child-clock")
    sched.trace(f"parent spawned {child}")
    yield Sleep(20)
    return "parent done"


def forever(sched):
    try:
        n = 0
        while True:
            yield Sleep(50)
            n += 1
    finally:
        sched.trace("forever task cleaned up")


s = Scheduler()
s.spawn(clock(s, 5, 4), "clock")
s.spawn(consumer(s, "c1"), "c1")
s.spawn(consumer(s, "c2"), "c2")
s.spawn(producer(s, ["apple", "kiwi", "banana"]), "producer")
s.spawn(flaky(s), "flaky")
s.spawn(parent(s), "parent")
s.spawn(forever(s), "forever")
s.run(until=120)
for line in s.log:
    print(line)
print("results:")
for name in sorted(s.results):
    print(f"  {name:12} {s.results[name]!r}")


def bad_task(sched):
    yield "not a command"


s2 = Scheduler()
s2.spawn(bad_task(s2), "bad")
s2.run()
print(s2.log, type(s2.results["bad"]).__name__, s2.results["bad"])

pq = PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.push(x)
print([pq.pop() for _ in range(len(pq))])
