import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       pairwise, starmap, takewhile, zip_longest)

print(list(chain('abc', [1, 2], (3,), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', ''])), list(chain.from_iterable([[1], [2, 3]])))
ch = chain([1], [2])
print(next(ch), next(ch), next(ch, 'done'))
print(list(chain.from_iterable(map(range, range(4)))))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([1.5, 2.5], lambda a, b: a - b, initial=0)))

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))

print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(pairwise('ABCDEFG')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])), list(zip_longest()), list(zip_longest([])))
print(list(zip_longest(range(3), 'ab', fillvalue=None)))

for f in [lambda: chain(1), lambda: starmap(len, 1), lambda: zip_longest(1), lambda: accumulate(5), lambda: pairwise(3)]:
    try:
        list(f())
    except TypeError as e:
        print('TypeError', e)

# running balance
tx = [100, -20, -30, 50, -200]
print(list(accumulate(tx, initial=0)))
print([i for i, bal in enumerate(accumulate(tx)) if bal < 0])
