import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(), q.get(block=False))
print(q.empty(), q.unfinished_tasks)
try:
    q.get_nowait()
except Empty as e:
    print("Empty", repr(e), type(e).__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

b = Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full(), b.qsize())
try:
    b.put(3, block=False)
except Full as e:
    print("Full", repr(e), type(e).__module__)
try:
    b.put_nowait(3)
except Full:
    print("Full again")
try:
    b.put(3, timeout=0)
except Full:
    print("Full after timeout")
for _ in range(2):
    b.get()
    b.task_done()
b.join()
print("joined")
try:
    b.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = LifoQueue()
for c in "abc":
    lq.put(c)
print(lq.queue, [lq.get() for _ in range(3)])

pq = PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    pq.put(item)
print(pq.queue)
print([pq.get() for _ in range(5)])

sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(Queue[int], LifoQueue[str], SimpleQueue[int])
print(issubclass(Empty, Exception), issubclass(Full, Exception))
print(sorted(queue.__all__))
print(repr(Queue().queue))
# Uncaught (SimpleQueue is written in C in CPython: no frame of queue.py).
sq.get(False)
