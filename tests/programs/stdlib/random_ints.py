import random

random.seed(12345)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-10, 10) for _ in range(10)])
print(random.randrange(2**70), random.randint(10**20, 10**21), random.randrange(1))
print(random.randint(1, 1), random.randrange(-5, -4))

for args in [(0,), (5, 5), (5, 1), (0, 10, 0), (0, 10, -1), (3, "x"), (-3,)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.randrange(1, step=2)
except TypeError as e:
    print('TypeError', e)

# dice statistics (deterministic under the seed)
random.seed(1)
counts = [0] * 7
for _ in range(3000):
    counts[random.randint(1, 6)] += 1
print(counts)

for seed in range(5):
    random.seed(seed)
    print(seed, [random.randint(0, 2**k) for k in (1, 8, 16, 31, 32, 33, 40)])
