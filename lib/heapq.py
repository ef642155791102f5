"""Heap queue (priority queue) functions on plain lists, for pyjit.

Written for pyjit after the algorithms CPython documents for its `heapq` module: a binary
min-heap kept in a list (`heap[k] <= heap[2*k+1]` and `heap[k] <= heap[2*k+2]`). The sift
steps are the ones CPython uses — `_siftup` moves the smaller child up all the way to a leaf,
then `_siftdown` puts the item in place — because they decide the list's layout, which
programs print. Errors are those of CPython's C implementation.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check(heap, func, argument=" 1"):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (func, argument, type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in linear time."""
    _check(x, "heapify", "")
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Follow the path to the root, moving parents down until finding a place newitem fits.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    # Bubble up the smaller child until hitting a leaf.
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    # The leaf at pos is empty now. Put newitem there, and bubble it up to its final
    # resting place (by sifting its parents down).
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (ties: earlier input first)."""
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            e, b = entries[i], entries[best]
            if (b[0] < e[0]) if reverse else (e[0] < b[0]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable, smallest first (ties: earlier first)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable, largest first (ties: earlier first)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
