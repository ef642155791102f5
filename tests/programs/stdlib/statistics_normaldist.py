# statistics.NormalDist: CPython 3.11's API, values printed with repr.
from statistics import NormalDist, StatisticsError

d = NormalDist(100, 15)
print(d, d.mean, d.median, d.mode, d.stdev, d.variance)
for x in [55, 85.5, 100, 130, 250]:
    print(x, d.pdf(x), d.cdf(x), d.zscore(x))
for p in [1e-300, 1e-10, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.925, 0.97575, 0.999, 1 - 1e-12]:
    print(p, d.inv_cdf(p), NormalDist().inv_cdf(p))
print(d.quantiles())
print(NormalDist(0, 1).quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, NormalDist.from_samples(x for x in range(10)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, a / -4, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, a != b)
print(hash(a) == hash(NormalDist(10, 3)), len({a, NormalDist(10, 3), b}))
x = NormalDist(7, 2).samples(5, seed=42)
print(x, NormalDist(7, 2).samples(3, seed="abc"), len(NormalDist().samples(4)))
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
          lambda: NormalDist(1, 0).zscore(1), lambda: d.inv_cdf(0), lambda: d.inv_cdf(1.5),
          lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: d.overlap(3),
          lambda: NormalDist(1, 0).overlap(d), lambda: NormalDist.from_samples([1])]:
    try:
        print(f())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(StatisticsError(), ValueError))
