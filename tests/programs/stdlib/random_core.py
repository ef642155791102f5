import random

for s in [0, 1, 2, 42, 123, 2**32 - 1, 2**32, 2**64 + 12345, 10**30, -7, True]:
    random.seed(s)
    print(s, random.random(), random.random(), random.random())

random.seed(2024)
print([random.random() for _ in range(5)])
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 100)])
print(random.getrandbits(256))
try:
    random.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)

# long runs cross the 624-word regeneration boundary several times
random.seed(7)
vals = [random.random() for _ in range(2000)]
print(vals[0], vals[311], vals[312], vals[623], vals[1999], sum(vals))

# float and str seeds
for s in [1.5, -2.25, 3.0, 0.1, 'hello', '', 'héllo wörld €', 'a' * 200]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000))
random.seed('abc', version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError', e)

# getstate / setstate
random.seed(99)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again, state[0], len(state[1]), state[1][-1], state[2])
random.gauss()
st = random.getstate()
print(st[2] is not None)
g1 = random.gauss()
random.setstate(st)
print(g1 == random.gauss())

# an odd number of words consumed before random(): its two words straddle a regeneration
random.seed(3)
random.getrandbits(8)
v = [random.random() for _ in range(700)]
print(v[310], v[311], v[312], v[699], sum(v))
random.seed(4)
print([random.randrange(2**40) for _ in range(400)][-3:], random.getrandbits(1000) % 1000003)
