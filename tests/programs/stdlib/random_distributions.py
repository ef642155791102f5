import random

random.seed(31337)
print([random.uniform(1, 10) for _ in range(4)], random.uniform(5, 5), random.uniform(3, -3))
print([random.gauss(0, 1) for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)])
print(random.gauss(), random.gauss(mu=5), random.gauss(sigma=0.1))
print([random.normalvariate(0, 1) for _ in range(4)], random.normalvariate())
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(4)], random.expovariate(0.1))
print([random.triangular(0, 10, 2) for _ in range(3)], random.triangular(), random.triangular(1, 1, 1))
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
print([random.gammavariate(a, 2) for a in (0.3, 1.0, 2.5, 9.0)])
print([random.vonmisesvariate(1.0, k) for k in (0, 0.5, 4)])
print([random.paretovariate(3) for _ in range(3)], [random.weibullvariate(1, 1.5) for _ in range(3)])
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print('ValueError', e)

# gauss caches its second value: reseeding clears the cache
random.seed(5)
a = random.gauss()
random.seed(5)
b = random.gauss()
print(a == b, random.gauss())

# a tiny Monte Carlo estimate of pi
random.seed(2718)
inside = 0
n = 5000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n)

# random walk
random.seed(8)
pos = 0
path = []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
