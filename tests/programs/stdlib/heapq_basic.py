import heapq
import random

# The list's layout after each operation is what CPython's heapq leaves.
h = []
for v in [5, 1, 8, 3, 9, 2, 7, 1, 6]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
rng = random.Random(7)
items = [rng.randrange(100) for _ in range(50)]
h = []
for x in items:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(items))
# Tuples as priorities, ties broken by the second field.
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(tasks, (prio, name))
print(tasks, heapq.heappop(tasks), heapq.heappop(tasks))
print(heapq.nsmallest(3, items), heapq.nlargest(3, items), heapq.nsmallest(0, items))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(3, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(()), lambda: heapq.heappop(())):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
