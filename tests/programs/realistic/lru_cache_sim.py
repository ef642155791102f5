# An LRU cache built on a doubly linked list with sentinel nodes, a memoizing decorator using
# it, cache statistics, and a simulated workload with eviction tracing.
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None

    def __repr__(self):
        return f"Node({self.key!r})"


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
        self.on_evict = None

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = fn(*args)
                cache[args] = result
                return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


c = LRUCache(3)
evicted = []
c.on_evict = lambda k, v: evicted.append(k)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c), "a" in c)
print(c["a"], list(c))
c["d"] = 4
print(c, evicted)
c["b"] = 20 if "b" in c else None
c["c"] = 30
print(c, evicted)
print(c.get("zzz", "miss"), c.get("a"), f"{c.hit_rate:.2f}")
del c["d"]
print(list(c), len(c))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


@memoize(capacity=50)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.__name__, len(paths.cache), paths.cache.hits, paths.cache.misses,
      paths.cache.evictions)


@memoize(capacity=4)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 1]:
    slow_square(n)
print("squares cache:", list(slow_square.cache), slow_square.cache.evictions)

# a deterministic workload: pseudo-random keys with a skewed distribution
seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed


for cap in (2, 4, 8, 16):
    cache = LRUCache(cap)
    seed = 42
    for _ in range(500):
        key = rand() % 20
        if key > 10:
            key = rand() % 5     # hot keys
        if cache.get(key) is None:
            cache[key] = key * key
    print(f"capacity {cap:2}: hits={cache.hits:3} misses={cache.misses:3} "
          f"evictions={cache.evictions:3} rate={cache.hit_rate:.3f} mru={list(cache)[:4]}")
