import statistics as st
from fractions import Fraction as F
import random
random.seed(12)
sets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, -0.75], [F(1, 3), F(2, 7), F(5, 4)], [1, 2.5, F(1, 2)],
        [True, False, True], [1e308, 1e308, -1e308], [0.1] * 7, [3, 3, 1, 2, 2], [float('inf'), 1.0], [7]]
for i in range(12):
    sets.append([round(random.uniform(-100, 100), random.randint(0, 4)) for _ in range(random.randint(2, 15))])
    sets.append([random.randint(-50, 50) for _ in range(random.randint(2, 9))])
names = ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
         'variance', 'pvariance', 'stdev', 'pstdev', 'harmonic_mean', 'geometric_mean', 'quantiles']
for d in sets:
    out = []
    for nm in names:
        try:
            out.append(repr(getattr(st, nm)(d)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(d[:4], out)
    try:
        print(st.quantiles(d, n=10, method='inclusive'), st.median_grouped(d, 5), st.variance(d, st.mean(d)))
    except Exception as e:
        print(type(e).__name__, e)
for d in sets[11:]:
    y = [random.uniform(-5, 5) for _ in d]
    print(st.covariance(d, y), st.correlation(d, y), st.linear_regression(d, y), st.linear_regression(d, y, proportional=True))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 0, 3]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.mode([]), lambda: st.median([]),
            lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([1, -2]), lambda: st.correlation([1, 1], [2, 3]),
            lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.covariance([1], [2, 3]), lambda: st.mean(['a']),
            lambda: st.mean([1.5, F(1, 2), 'x'])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(st.multimode('aabbbbccddddeeffffgg'), st.mode(['red', 'blue', 'blue']), st.median(['a', 'c', 'b']))
