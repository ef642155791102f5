from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product('ab', [])), list(product(repeat=0)))
print(list(product([1, 2], repeat=1)))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations('aab', 2)))

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations('abc', 3)))
print(len(list(combinations(range(12), 5))))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 0)))

for f in [lambda: permutations('a', -1), lambda: combinations('a', -1), lambda: combinations_with_replacement('a', -2)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

# classic uses
coins = [1, 2, 5]
ways = sum(1 for combo in combinations_with_replacement(coins, 4) if sum(combo) == 10)
print(ways)
print([''.join(p) for p in permutations('123')])
print(sorted(set(a * b for a, b in product(range(1, 5), repeat=2))))
print(max(permutations([3, 1, 2])), min(combinations([5, 3, 4, 1], 2)))
grid = [(r, c) for r, c in product(range(3), range(3)) if r != c]
print(grid)
p = permutations('ab')
print(next(p), next(p))
try:
    next(p)
except StopIteration:
    print('exhausted')
