"""richards: Martin Richards' operating-system task scheduler simulation.

Exercises: classes with single inheritance and overridden methods
(polymorphic dispatch), heavy instance-attribute reads/writes, linked
lists built from objects (None-terminated), bit-flag integer ops.
"""
import sys

NAME = "richards"
QUICK = 2
DEFAULT = 40
EXPECTED = {
    2: (46492, 18594),
    40: (929840, 371880),
}

# Task identifiers (index into the scheduler's task table).
IDLE = 1
WORKER = 2
HANDLER_A = 3
HANDLER_B = 4
DEVICE_A = 5
DEVICE_B = 6

# Packet kinds.
KIND_DEVICE = 0
KIND_WORK = 1

# Task state bits.
PACKET_PENDING = 1
WAITING = 2
HELD = 4

DATA_SIZE = 4
ITERATION_COUNT = 10000
# Known answer of one simulation with ITERATION_COUNT idle steps.
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
        """Append self to the end of the queue headed by `queue`; return new head."""
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
        # Runnable unless held, or waiting without a packet.
        s = self.state
        if s & HELD:
            return False
        if s & WAITING and not (s & PACKET_PENDING):
            return False
        return True

    def take_packet(self):
        """If waiting with a packet, dequeue it and become runnable."""
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

    # -- operations used by the tasks ------------------------------------
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

    # -- main loop --------------------------------------------------------
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


def bench(n):
    total_queue = 0
    total_hold = 0
    for i in range(n):
        qc, hc = simulate(ITERATION_COUNT)
        if qc != EXPECTED_QUEUE_COUNT or hc != EXPECTED_HOLD_COUNT:
            sys.stderr.write("FAIL %s: iteration %d counts %d/%d\n" % (NAME, i, qc, hc))
            sys.exit(1)
        total_queue += qc
        total_hold += hc
    return (total_queue, total_hold)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
