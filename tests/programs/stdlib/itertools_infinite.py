import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(2**62, 2**62), 3)))
c = count(7)
print(next(c), next(c), c)
print(count(), count(3, 2), count(1.5), count(0, 0.5))
print(list(zip(count(1), 'abc')))
print(list(islice(cycle('abc'), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
cy = cycle(x * x for x in range(3))
print([next(cy) for _ in range(7)])
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(list(map(pow, range(5), repeat(2))))
r = repeat(5)
print(next(r), next(r), r, repeat('a', 4))
r2 = repeat('z', 2)
print(list(r2), list(r2), r2)
for e in [lambda: count('a'), lambda: repeat(1, 'x')]:
    try:
        e()
    except TypeError as ex:
        print('TypeError', ex)

# islice variants
s = 'abcdefghij'
print(list(islice(s, 4)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 3)))
print(list(islice(s, 1, 9, 2)), list(islice(s, None)), list(islice(s, 20)), list(islice(s, 5, 2)))
print(list(islice(range(100), 10, 50, 15)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
it2 = iter(range(10))
print(list(islice(it2, 5, 3)), next(it2))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',), (1.5,), (-2,), ('a', 2), (0, 1, -1)]:
    try:
        islice('abc', *args)
    except ValueError as ex:
        print('ValueError', ex)
try:
    islice(3, 1)
except TypeError as ex:
    print('TypeError', ex)

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(list(islice((n * n for n in naturals() if n % 3 == 0), 5)))
print(sum(islice(count(1, 2), 100)))
