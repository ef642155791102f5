# A small simulation that uses several standard-library modules together.
import random
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from functools import lru_cache, reduce, partial
from itertools import accumulate, groupby, islice, count, chain, product
from operator import attrgetter, itemgetter, mul
import copy
import string

Customer = namedtuple('Customer', 'id arrival service')

def simulate(seed, n, servers=2):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for i in range(n):
        t += rng.expovariate(1.0)
        arrivals.append(Customer(i, round(t, 3), round(rng.uniform(0.5, 2.5), 3)))
    queue = deque(arrivals)
    free_at = [0.0] * servers
    waits = []
    log = OrderedDict()
    while queue:
        c = queue.popleft()
        k = min(range(servers), key=lambda s: free_at[s])
        start = max(free_at[k], c.arrival)
        waits.append(round(start - c.arrival, 3))
        free_at[k] = start + c.service
        log[c.id] = (k, round(start, 3))
    return arrivals, waits, log

arrivals, waits, log = simulate(11, 12)
print(arrivals[:3])
print(waits)
print(list(islice(log.items(), 4)))
print(Counter(server for server, _ in log.values()))
print(max(arrivals, key=attrgetter('service')), sorted(arrivals, key=itemgetter(2))[0].id)

random.seed(2023)
words = [''.join(random.choice(string.ascii_lowercase[:5]) for _ in range(random.randint(1, 4))) for _ in range(40)]
print(words[:10])
freq = Counter(words)
print(freq.most_common(5))
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print({k: len(v) for k, v in sorted(by_len.items())})
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])

@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print([paths(i, i) for i in range(8)], paths.cache_info())
print(reduce(mul, range(1, 15)), list(accumulate(range(1, 8), mul)))
grid = [[random.randint(0, 9) for _ in range(4)] for _ in range(3)]
print(grid, sum(chain.from_iterable(grid)))
snapshot = copy.deepcopy(grid)
grid[0][0] = 'changed'
print(snapshot[0][0] != 'changed', grid[0])
dice = Counter(a + b for a, b in product(range(1, 7), repeat=2))
print(sorted(dice.items()))
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(500))
print(sorted(rolls.items()))
clamp = partial(max, 0)
print([clamp(x) for x in (-2, 3, -1, 7)])
ids = count(100)
print([next(ids) for _ in range(3)], next(ids))
deck = [r + s for r, s in product('A23456789TJQK', 'shdc')]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
print(random.sample(deck, 3), random.choices(deck, k=3))
