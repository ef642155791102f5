"""collections for pyjit: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.

pyjit cannot subclass builtin types, so the dict-like classes wrap a plain dict
(`self._d`) and namedtuple classes wrap a tuple (`self._tuple`).  They implement the
same methods and dunders as CPython's versions; `isinstance(x, dict)` /
`isinstance(p, tuple)` are False for them.
"""

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "defaultdict",
    "deque",
    "namedtuple",
]

_sentinel = object()

# ids of the objects whose repr is being computed (CPython's Py_ReprEnter).
_repr_running = set()

_MAXSIZE = 9223372036854775807


def _index(n, what="an integer"):
    if type(n) is int or type(n) is bool:
        return int(n)
    m = getattr(n, "__index__", None)
    if m is None:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(n).__name__
        )
    return m()


################################################################################
### deque
################################################################################


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    # The items are self._items[self._head:]; popleft moves _head forward and the list
    # is compacted once more than half of it is dead space.  appendleft grows free space
    # at the front in chunks, so both ends are O(1) amortized.

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if type(maxlen) is not int and type(maxlen) is not bool:
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            maxlen = int(maxlen)
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head:
            self._items = self._items[self._head :]
            self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._items) - self._head >= m:
            if m == 0:
                return
            self._items.append(x)
            self._popleft_raw()
            return
        self._items.append(x)

    def appendleft(self, x):
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._items) - self._head >= m:
            if m == 0:
                return
            self._items.pop()
        if self._head == 0:
            n = len(self._items)
            pad = n if n > 8 else 8
            self._items = [None] * pad + self._items
            self._head = pad
        self._head -= 1
        self._items[self._head] = x

    def _popleft_raw(self):
        items = self._items
        h = self._head
        x = items[h]
        items[h] = None
        h += 1
        if h > 16 and h + h > len(items):
            self._items = items[h:]
            h = 0
        self._head = h
        return x

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._popleft_raw()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        m = self._maxlen
        if m is None:
            self._state += 1
            if self._head == 0 and not self._items:
                self._items = list(iterable)
            else:
                self._items.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        if self._maxlen is None:
            return self.__class__(self)
        return self.__class__(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=_MAXSIZE):
        n = len(self)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        items = self._items
        h = self._head
        i = start
        while i < stop:
            y = items[h + i]
            if y is x or y == x:
                return i
            i += 1
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        m = self._maxlen
        if m is not None and len(self) >= m:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._compact()
        self._items.insert(i, x)

    def remove(self, value):
        items = self._items
        for i in range(self._head, len(items)):
            y = items[i]
            if y is value or y == value:
                self._state += 1
                if i == self._head:
                    self.popleft()
                else:
                    del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._state += 1
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        items = self._items[self._head :]
        self._items = items[-n:] + items[:-n]
        self._head = 0

    def _checkindex(self, i):
        if type(i) is not int:
            if type(i) is slice:
                raise TypeError("sequence index must be integer, not 'slice'")
            i = _index(i)
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i + self._head

    def __getitem__(self, i):
        return self._items[self._checkindex(i)]

    def __setitem__(self, i, x):
        self._items[self._checkindex(i)] = x

    def __delitem__(self, i):
        j = self._checkindex(i)
        self._state += 1
        if j == self._head:
            self.popleft()
        else:
            del self._items[j]

    def __iter__(self):
        items = self._items
        state = self._state
        i = self._head
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(items):
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        items = self._items
        state = self._state
        i = len(items) - 1
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield items[i]
            i -= 1

    def __contains__(self, x):
        for y in self._items[self._head :]:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._items[self._head :])
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return "%s(%s)" % (name, body)
        return "%s(%s, maxlen=%d)" % (name, body, self._maxlen)

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return other._items[other._head :]

    def __eq__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] < o

    def __le__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items[self._head :] >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                'can only concatenate deque (not "%s") to deque' % type(other).__name__
            )
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        d = self.__class__((), self._maxlen)
        items = self._items[self._head :]
        for _ in range(n):
            d.extend(items)
        return d

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        n = _index(n)
        items = self._items[self._head :]
        if n <= 0:
            self.clear()
            return self
        for _ in range(n - 1):
            self.extend(items)
        return self


################################################################################
### dict-like classes
################################################################################


def _is_mapping(x):
    return isinstance(x, (dict, _DictBase))


class _DictBase:
    """Shared implementation of the dict wrappers (defaultdict, OrderedDict, Counter)."""

    __hash__ = None

    def __getattr__(self, name):
        # Only reached for missing attributes: a subclass whose __init__ did not call
        # the base __init__ still gets the (empty) dict every dict object has.
        if name == "_d":
            d = {}
            self._d = d
            return d
        if name == "default_factory" and isinstance(self, defaultdict):
            return None
        raise AttributeError(
            "'%s' object has no attribute '%s'" % (type(self).__name__, name)
        )

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(list(self._d))

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, default=_sentinel):
        d = self._d
        if key in d:
            return d.pop(key)
        if default is _sentinel:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._d:
            raise KeyError("popitem(): dictionary is empty")
        return self._d.popitem()

    def clear(self):
        self._d.clear()

    def update(self, other=(), /, **kwds):
        d = self._d
        if isinstance(other, _DictBase):
            d.update(other._d)
        elif isinstance(other, dict):
            d.update(other)
        elif hasattr(other, "keys"):
            for k in other.keys():
                d[k] = other[k]
        else:
            d.update(other)
        if kwds:
            d.update(kwds)

    def _plain(self):
        return self._d

    def __eq__(self, other):
        if isinstance(other, _DictBase):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.__class__()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        new = self.__class__()
        new._d = self._d.copy()
        return new

    def __copy__(self):
        return self.copy()


def _setitem_update(self, other, kwds):
    # MutableMapping.update: every item goes through self[key] = value.
    if isinstance(other, (dict, _DictBase)) or hasattr(other, "keys"):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


def _dict_of(x):
    if isinstance(x, _DictBase):
        return x._d
    return x


class defaultdict(_DictBase):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self._d = {}
        self.default_factory = default_factory
        if len(args) > 1:
            raise TypeError(
                "update expected at most 1 argument, got %d" % len(args)
            )
        if args:
            self.update(args[0], **kwds)
        elif kwds:
            self.update(**kwds)

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        f = self.default_factory
        if f is None:
            raise KeyError(key)
        value = f()
        self._d[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self._d)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        import copy

        return self.__class__(self.default_factory, copy.deepcopy(self._d, memo))

    def __repr__(self):
        f = self.default_factory
        return "%s(%s, %r)" % (
            type(self).__name__,
            "None" if f is None else repr(f),
            self._d,
        )

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new._d[k] = value
        return new


class OrderedDict(_DictBase):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self._d = {}
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if type(self) is OrderedDict:
            _DictBase.update(self, other, **kwds)
        else:
            # A subclass may override __setitem__ (as C OrderedDict's update honours).
            _setitem_update(self, other, kwds)

    def move_to_end(self, key, last=True):
        d = self._d
        if key not in d:
            raise KeyError(key)
        if last:
            d[key] = d.pop(key)
        else:
            value = d.pop(key)
            new = {key: value}
            new.update(d)
            self._d = new

    def popitem(self, last=True):
        d = self._d
        if not d:
            raise KeyError("dictionary is empty")
        if last:
            return d.popitem()
        key = next(iter(d))
        return (key, d.pop(key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        if isinstance(other, _DictBase):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __repr__(self):
        name = type(self).__name__
        if not self._d:
            return "%s()" % name
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return "%s(%r)" % (name, list(self._d.items()))
        finally:
            _repr_running.discard(key)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new._d[k] = value
        return new


def _count_key(item):
    return item[1]


class Counter(_DictBase):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_count_key, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            d = self._d
            if _is_mapping(iterable):
                if d:
                    for elem, count in iterable.items():
                        d[elem] = count + d.get(elem, 0)
                else:
                    d.update(_dict_of(iterable))
            else:
                get = d.get
                for elem in iterable:
                    d[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            d = self._d
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __repr__(self):
        name = type(self).__name__
        if not self._d:
            return "%s()" % name
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._d)
        return "%s(%r)" % (name, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return self._d == other
            if isinstance(other, _DictBase):
                return self._d == other._d
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __ror__(self, other):
        return NotImplemented

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a
    single, updateable view."""

    __hash__ = None

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._merged())

    def _merged(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return d

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return list(self._merged())

    def values(self):
        return [self[k] for k in self._merged()]

    def items(self):
        return [(k, self[k]) for k in self._merged()]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        m = self.maps[0]
        if isinstance(other, _DictBase) or isinstance(other, ChainMap):
            for k in other.keys():
                m[k] = other[k]
        else:
            m.update(other)
        if kwds:
            m.update(kwds)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, _DictBase):
            return dict(self.items()) == other._d
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset(
    [
        "False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    ]
)


def _quoted_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return "%s and %s" % (names[0], names[1])
    return "%s, and %s" % (", ".join(names[:-1]), names[-1])


def _nt_bind(typename, fields, defaults, args, kwargs):
    """Arguments of `typename(*args, **kwargs)` as a tuple, raising TypeError like
    CPython's generated `__new__`."""
    n = len(fields)
    fname = typename + ".__new__()"
    if len(args) > n:
        nreq = n - len(defaults)
        if nreq == n:
            takes = "%d positional argument%s" % (n + 1, "" if n == 0 else "s")
        else:
            takes = "from %d to %d positional arguments" % (nreq + 1, n + 1)
        given = len(args) + 1
        raise TypeError(
            "%s takes %s but %d %s given"
            % (fname, takes, given, "was" if given == 1 else "were")
        )
    values = list(args)
    for k in kwargs:
        if k not in fields:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (fname, k))
        if fields.index(k) < len(args):
            raise TypeError("%s got multiple values for argument '%s'" % (fname, k))
    missing = []
    for i in range(len(args), n):
        f = fields[i]
        if f in kwargs:
            values.append(kwargs[f])
        elif f in defaults:
            values.append(defaults[f])
        else:
            missing.append(f)
    if missing:
        raise TypeError(
            "%s missing %d required positional argument%s: %s"
            % (fname, len(missing), "" if len(missing) == 1 else "s", _quoted_list(missing))
        )
    return tuple(values)


class _NamedTupleBase:
    __slots__ = ()

    def __getitem__(self, i):
        return self._tuple[i]

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple == other._tuple
        if isinstance(other, tuple):
            return self._tuple == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple != other._tuple
        if isinstance(other, tuple):
            return self._tuple != other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple < other._tuple
        if isinstance(other, tuple):
            return self._tuple < other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple <= other._tuple
        if isinstance(other, tuple):
            return self._tuple <= other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple > other._tuple
        if isinstance(other, tuple):
            return self._tuple > other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._tuple >= other._tuple
        if isinstance(other, tuple):
            return self._tuple >= other
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, _NamedTupleBase):
            other = other._tuple
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple + other

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    def __rmul__(self, n):
        return self._tuple * n

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x, *args):
        try:
            return self._tuple.index(x, *args)
        except ValueError:
            raise ValueError("tuple.index(x): x not in tuple") from None

    def __repr__(self):
        return "%s(%s)" % (
            type(self).__name__,
            ", ".join(
                "%s=%r" % (name, value) for name, value in zip(self._fields, self._tuple)
            ),
        )

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(self._fields, self._tuple):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    def __getnewargs__(self):
        return self._tuple

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        import copy

        return self._make(copy.deepcopy(self._tuple, memo))


def _field_getter(index):
    def get(self):
        return self._tuple[index]

    return get


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (
                not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith("_")
                or name in seen
            ):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                "Type names and field names must be valid identifiers: %r" % (name,)
            )
        if name in _KEYWORDS:
            raise ValueError(
                "Type names and field names cannot be a keyword: %r" % (name,)
            )

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(
            reversed(list(zip(reversed(field_names), reversed(defaults))))
        )

    fields = tuple(field_names)
    num_fields = len(fields)

    def __new__(_cls, *args, **kwargs):
        if kwargs or len(args) != num_fields:
            args = _nt_bind(typename, fields, field_defaults, args, kwargs)
        self = _object_new(_cls)
        self._tuple = args
        return self

    def _make(cls, iterable):
        result = tuple(iterable)
        if len(result) != num_fields:
            raise TypeError(
                "Expected %d arguments, got %d" % (num_fields, len(result))
            )
        obj = _object_new(cls)
        obj._tuple = result
        return obj

    ns = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__new__": __new__,
        "_make": classmethod(_make),
        "__module__": "__main__" if module is None else module,
    }
    for index, name in enumerate(fields):
        ns[name] = property(_field_getter(index))
    return type(typename, (_NamedTupleBase,), ns)


_object_new = object.__new__


################################################################################
### UserDict, UserList
################################################################################


class UserDict(_DictBase):
    def __init__(self, dict=None, /, **kwargs):
        self._d = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def _get_data(self):
        return self._d

    def _set_data(self, value):
        self._d = value

    data = property(_get_data, _set_data)

    def __repr__(self):
        return repr(self._d)

    def copy(self):
        new = self.__class__()
        new._d = self._d.copy()
        return new

    # The mutating methods go through __getitem__/__setitem__/__delitem__, as
    # MutableMapping's do, so that subclasses overriding those see every change.

    def update(self, other=(), /, **kwds):
        _setitem_update(self, other, kwds)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def pop(self, key, default=_sentinel):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _sentinel:
            raise KeyError(key)
        return default

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self):
            del self[key]


class UserList:
    __hash__ = None

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __ne__(self, other):
        return self.data != self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._cast(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._cast(other))
