from itertools import groupby, tee, islice

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for key, grp in groupby(words, key=lambda w: w[0]):
    print(key, list(grp))
data = sorted([('b', 2), ('a', 1), ('b', 5), ('a', 3), ('c', 0)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print(list(groupby([])))

# groups are invalidated when the outer iterator advances
gs = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in gs])
outer = groupby('xxyyz')
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2))
k3, g3 = next(outer)
print(k3, list(g3), next(outer, 'end'))

# run-length encoding
def rle(s):
    return ''.join('%d%s' % (len(list(g)), k) for k, g in groupby(s))
print(rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

a, b = tee(range(5))
print(list(a), list(b))
x, y, z = tee('abc', 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1, 2], 0), len(tee([1], 1)))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)
it = iter(range(10))
p, q = tee(it)
print(list(islice(p, 3)), list(islice(q, 5)), list(p))

def gen():
    for i in range(4):
        print('produce', i)
        yield i

u, v = tee(gen())
print(next(u), next(u))
print(next(v), next(v), next(v))
print(list(u), list(v))

def pairwise_via_tee(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)
print(list(pairwise_via_tee('abcd')))
