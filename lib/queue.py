"""`queue`: `Queue` (FIFO), `LifoQueue`, `PriorityQueue`, `SimpleQueue`, `Empty`, `Full`.

pyjit runs one thread, so no other thread can ever put into an empty queue or take from a
full one: a call that would block with a timeout waits it out and raises `Empty`/`Full`
as CPython does, and one that would block forever (no timeout; `join()` with unfinished
tasks) raises NotImplementedError instead of hanging."""
from collections import deque
from heapq import heappop, heappush
from types import GenericAlias

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by a non-blocking get (or one that timed out) on an empty queue."""
    __module__ = "_queue"


class Full(Exception):
    """Raised by a non-blocking put (or one that timed out) on a full queue."""


def _never_woken(what):
    raise NotImplementedError(
        "queue: %s would block forever (pyjit runs a single thread, nothing can wake it)"
        % what)


def _check(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(timeout):
    import time
    time.sleep(timeout)


class Queue:
    """A FIFO queue of at most `maxsize` items (unbounded if `maxsize <= 0`)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item fetched by `get` as processed."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done."""
        if self.unfinished_tasks:
            _never_woken("join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put `item`; on a full queue raise `Full` (at once unless `block`, after
        `timeout` seconds otherwise)."""
        _check(block, timeout)
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                _never_woken("put() on a full queue without a timeout")
            _wait(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; on an empty queue raise `Empty` (at once unless
        `block`, after `timeout` seconds otherwise)."""
        _check(block, timeout)
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _never_woken("get() on an empty queue without a timeout")
            _wait(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage; the subclasses replace these four.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """Items come out smallest first (a heap, as `heapq` lays it out)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Items come out last put, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""
    __module__ = "_queue"

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _check(block, timeout)
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                _never_woken("get() on an empty queue without a timeout")
            _wait(timeout)
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(GenericAlias)
