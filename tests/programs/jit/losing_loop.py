# A richards-shaped dispatch loop (`Scheduler.schedule`) whose trace tree re-enters from
# the back-edge after almost every iteration, with little machine code run in between and
# a large tree: the losing rule throws it away and records the loop again with `task.run`
# a residual call (docs/jit.md, *Losing loops*). Results before and after that, a task
# raising mid-run inside that residual call (caught), and an uncaught one for the traceback.

IDLE = 1
WORKER = 2
HANDLER_A = 3
HANDLER_B = 4
DEVICE_A = 5
DEVICE_B = 6

KIND_DEVICE = 0
KIND_WORK = 1

PACKET_PENDING = 1
WAITING = 2
HELD = 4

DATA_SIZE = 4
ITERATION_COUNT = 10000
EXPECTED_QUEUE_COUNT = 23246
EXPECTED_HOLD_COUNT = 9297

class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue

class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def is_runnable(self):
        s = self.state
        if s & HELD:
            return False
        if s & WAITING and not (s & PACKET_PENDING):
            return False
        return True

    def take_packet(self):
        if self.state == WAITING | PACKET_PENDING:
            pkt = self.queue
            self.queue = pkt.link
            if self.queue is None:
                self.state = 0
            else:
                self.state = PACKET_PENDING
            return pkt
        return None

    def run(self, pkt):
        raise NotImplementedError

class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, count):
        super().__init__(sched, ident, priority, queue, state)
        self.control = 1
        self.count = count

    def run(self, pkt):
        sched = self.sched
        self.count -= 1
        if self.count == 0:
            return sched.hold_current()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(DEVICE_B)

class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        sched = self.sched
        if pkt is None:
            return sched.wait_current()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        pkt.dest = self.destination
        pkt.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return sched.queue_packet(pkt)

class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def run(self, pkt):
        sched = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_queue = pkt.append_to(self.work_queue)
            else:
                self.device_queue = pkt.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            pos = work.datum
            if pos >= DATA_SIZE:
                self.work_queue = work.link
                return sched.queue_packet(work)
            dev = self.device_queue
            if dev is not None:
                self.device_queue = dev.link
                dev.datum = work.data[pos]
                work.datum = pos + 1
                return sched.queue_packet(dev)
        return sched.wait_current()

class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.pending = None

    def run(self, pkt):
        sched = self.sched
        if pkt is None:
            pending = self.pending
            if pending is None:
                return sched.wait_current()
            self.pending = None
            return sched.queue_packet(pending)
        self.pending = pkt
        return sched.hold_current()

class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_current(self):
        self.hold_count += 1
        cur = self.current
        cur.state |= HELD
        return cur.link

    def wait_current(self):
        cur = self.current
        cur.state |= WAITING
        return cur

    def release(self, ident):
        task = self.table[ident]
        task.state &= ~HELD
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, pkt):
        target = self.table[pkt.dest]
        self.queue_count += 1
        pkt.link = None
        pkt.dest = self.current.ident
        if target.queue is None:
            target.queue = pkt
            target.state |= PACKET_PENDING
            if target.priority > self.current.priority:
                return target
        else:
            target.queue = pkt.append_to(target.queue)
        return self.current

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_runnable():
                pkt = task.take_packet()
                self.current = task
                task = task.run(pkt)
            else:
                task = task.link


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, 0, count)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q, WAITING | PACKET_PENDING)
    DeviceTask(s, DEVICE_A, 4000, None, WAITING)
    DeviceTask(s, DEVICE_B, 5000, None, WAITING)
    s.schedule()
    return s.queue_count, s.hold_count

print(simulate(3000))
print(simulate(1000))


class FaultyDevice(DeviceTask):
    def __init__(self, sched, ident, priority, queue, state, after):
        super().__init__(sched, ident, priority, queue, state)
        self.after = after

    def run(self, pkt):
        self.after -= 1
        if self.after == 0:
            raise ValueError("device fault")
        return DeviceTask.run(self, pkt)


def faulty(count, after):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, 0, count)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q, WAITING | PACKET_PENDING)
    FaultyDevice(s, DEVICE_A, 4000, None, WAITING, after)
    DeviceTask(s, DEVICE_B, 5000, None, WAITING)
    s.schedule()
    return s.queue_count, s.hold_count


try:
    faulty(3000, 700)
except ValueError as e:
    print("caught", e)
print(faulty(2000, 10**9))
faulty(3000, 900)
