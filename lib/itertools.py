"""itertools for pyjit: the iterator building blocks, written as generators.

Arguments are checked (and `iter()` is called on the inputs) when the function is
called, as CPython does, and the generator that does the work is returned.
"""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
    "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
    "zip_longest",
]

_MAXSIZE = 9223372036854775807


def _as_int(n):
    if type(n) is int or type(n) is bool:
        return int(n)
    m = getattr(n, "__index__", None)
    if m is None:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(n).__name__
        )
    return m()


def _is_number(x):
    return isinstance(x, (int, float, bool)) or hasattr(x, "__add__")


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or isinstance(start, str):
            raise TypeError("a number is required")
        if not _is_number(step) or isinstance(step, str):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _as_int(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(p) -> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _chain_lazy(iterables):
    for it in iterables:
        for element in it:
            yield element


def chain(*iterables):
    """chain(*iterables) --> chain object"""
    return _chain_lazy(iterables)


def _from_iterable(iterable):
    return _chain_lazy(iter(iterable))


chain.from_iterable = _from_iterable


def _islice(it, nxt, stop, step):
    # A port of CPython's islice_next; stop is -1 for "no stop".
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def _ssize(x):
    # PyNumber_AsSsize_t with errors mapped to -1, as islice() uses it.
    try:
        v = _as_int(x)
    except TypeError:
        return -1
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    nargs = len(args)
    if nargs == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if nargs > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (nargs + 1))
    start = 0
    stop = -1
    step = 1
    if nargs == 1:
        stop_arg = args[0]
    else:
        stop_arg = args[1]
        if args[0] is not None:
            start = _ssize(args[0])
    if stop_arg is not None:
        stop = _ssize(stop_arg)
        if stop == -1:
            raise ValueError(
                "Stop argument for islice() must be None or an integer: "
                "0 <= x <= sys.maxsize."
            )
    if start < 0 or stop < -1:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if nargs == 3 and args[2] is not None:
        step = _ssize(args[2])
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _product(pools, n):
    if any(len(pool) == 0 for pool in pools):
        return
    # Odometer over the index of each pool.
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def product(*iterables, repeat=1):
    """product(*iterables, repeat=1) --> product object"""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools, len(pools))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1 :] + indices[i : i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> permutations object"""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _as_int(r)
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    """combinations(iterable, r) --> combinations object"""
    r = _as_int(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r) --> combinations_with_replacement object"""
    r = _as_int(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(tuple(iterable), r)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


_NULL = object()


class _GroupBy:
    pass


def _groupby(state):
    # A port of CPython's groupby_next / _grouper_next: group iterators share `state`
    # and stop as soon as the outer iterator has moved on to another group.
    keyfunc = state.keyfunc
    it = state.it
    while True:
        state.currgrouper = None
        while True:
            currkey = state.currkey
            if currkey is _NULL:
                pass
            elif state.tgtkey is _NULL:
                break
            else:
                tgtkey = state.tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            try:
                newvalue = next(it)
            except StopIteration:
                return
            newkey = newvalue if keyfunc is None else keyfunc(newvalue)
            state.currvalue = newvalue
            state.currkey = newkey
        state.tgtkey = state.currkey
        token = object()
        state.currgrouper = token
        yield (state.currkey, _grouper(state, token, state.tgtkey))


def _grouper(state, token, tgtkey):
    keyfunc = state.keyfunc
    while True:
        if state.currgrouper is not token:
            return
        if state.currvalue is _NULL:
            try:
                newvalue = next(state.it)
            except StopIteration:
                return
            newkey = newvalue if keyfunc is None else keyfunc(newvalue)
            state.currvalue = newvalue
            state.currkey = newkey
        currkey = state.currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            return
        r = state.currvalue
        state.currvalue = _NULL
        yield r


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    state = _GroupBy()
    state.it = iter(iterable)
    state.keyfunc = key
    state.tgtkey = _NULL
    state.currkey = _NULL
    state.currvalue = _NULL
    state.currgrouper = None
    return _groupby(state)


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates
    to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(predicate, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _tee_gen(it, node):
    # node is a linked-list cell [value, next]; all tees share the cells.
    while True:
        nxt = node[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = [value, None]
            node[1] = nxt
        node = nxt
        yield nxt[0]


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = [None, None]
    return tuple(_tee_gen(it, head) for _ in range(n))
