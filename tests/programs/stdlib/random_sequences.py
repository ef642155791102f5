import random

random.seed(42)
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list('abcdefgh')
random.shuffle(letters)
print(letters)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)

print([random.choice('abcdef') for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice(range(100, 200)), random.choice(('x', 'y')))
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)

print(random.sample(range(100), 10))
print(random.sample(range(10000), 8))
print(random.sample('abcdefg', 7))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample([1, 2, 3], 0), random.sample(range(50), 25))
print(random.sample(tuple(range(30)), 6))
for args, kw in [(([1, 2], 3), {}), (({1, 2}, 1), {}), (([1, 2], -1), {}), (([1], 1), {'counts': [0]})]:
    try:
        random.sample(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(random.choices('abc', k=10))
print(random.choices(['win', 'lose'], weights=[1, 9], k=10))
print(random.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=8))
print(random.choices([0.5, 1.5]), random.choices('xy', [0, 1], k=3))
for kw in [{'weights': [1], 'k': 2}, {'weights': [0, 0]}, {'weights': [1, 2], 'cum_weights': [1, 3]}]:
    try:
        random.choices('ab', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choices('ab', 3)
except TypeError as e:
    print('TypeError', e)

for seed in (1, 2, 3):
    random.seed(seed)
    d = list(range(52))
    random.shuffle(d)
    print(seed, d[:13], random.sample(d, 5), random.choice(d))
