import random
from random import Random

r1 = Random(10)
r2 = Random(10)
print(r1.random() == r2.random(), r1.random(), r2.randint(1, 100))
r3 = Random('seed string')
print(r3.random(), r3.choice('xyz'), r3.sample(range(10), 3))

# instances do not share state with the module functions
random.seed(10)
m = [random.random() for _ in range(3)]
r = Random(10)
random.random()
i = [r.random() for _ in range(3)]
print(m == i, m)

r.seed(77)
print(r.getrandbits(16), r.randrange(3, 30, 3), r.uniform(0, 1))
lst = list('pyjit')
r.shuffle(lst)
print(lst)

class MyRandom(Random):
    def pick_two(self, seq):
        return self.sample(seq, 2)

mr = MyRandom(3)
print(mr.pick_two('abcdef'), mr.random(), isinstance(mr, Random))

state = r.getstate()
r_copy = Random()
r_copy.setstate(state)
print([r.random() for _ in range(3)] == [r_copy.random() for _ in range(3)])
try:
    r.setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)

gens = [Random(s) for s in range(4)]
for _ in range(3):
    print([g.randint(0, 9) for g in gens])

# unseeded generators produce values in range
u = Random()
x = u.random()
print(0.0 <= x < 1.0, 1 <= u.randint(1, 3) <= 3)
random.seed()
print(0 <= random.randrange(5) < 5)

class Fixed(Random):
    'random() overridden, getrandbits() not: integers come from random()'
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)
    def random(self):
        v = self.values.pop(0)
        self.values.append(v)
        return v

fx = Fixed([0.1, 0.5, 0.99, 0.25])
print([fx.randrange(10) for _ in range(6)], fx.choice('abcd'), fx.randint(1, 100))
lst = list(range(6))
fx.shuffle(lst)
print(lst, fx.uniform(0, 10), fx.random())

class Bits(Random):
    'getrandbits() overridden too: it is used'
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
print([Bits(1).randrange(5) for _ in range(3)], Bits(2).random())
