from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], len(c), 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(c.elements()))
print(c.total(), sum(c.values()))

print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter())
print(Counter(['b', 'a', 'b', 'c', 'a', 'b']))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc.most_common(1))

c2 = Counter(a=3, b=1)
c2.update('aab')
c2.update({'c': 5})
c2.update(Counter(d=1), e=2)
print(c2)
c2.subtract('aaaaaa')
c2.subtract({'b': 10}, c=1)
print(c2)
print(+c2, -c2)
c2['f'] = 0
print(c2)
del c2['f']
del c2['nothere']
print(c2)

x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, y - x, x | y, x & y)
x2 = x.copy()
x2 += y
print(x2)
x2 -= Counter(a=10)
print(x2)
x3 = Counter(a=1, b=5)
x3 |= Counter(a=4, c=2)
print(x3)
x3 &= Counter(a=2, b=9)
print(x3)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) > Counter(a=1))

# ties keep insertion order
print(Counter('zyxxyz'), Counter('dcbaabcd').most_common(3))
print(Counter({1: 2, 2: 2, 3: 5}))

try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

cc = Counter('hello world')
print(sorted(cc.items()), cc.get('l'), cc.get('q'), cc.get('q', -1))
print(list(cc.keys())[:4], cc.pop('l'), cc.setdefault('h', 100), cc.setdefault('Q', 7))
print(cc)
print(dict(Counter('aabc')), sorted(Counter('mississippi')))
n = Counter()
for i in range(1000):
    n[i % 7] += 1
print(n)
print(Counter([1.5, 1.5, True, 1]))

class NoSuperInit(Counter):
    def __init__(self, word):
        self.word = word
ns = NoSuperInit('abc')
ns.update(ns.word)
print(ns, ns.word, ns['a'], len(ns))
try:
    ns.nothing
except AttributeError as e:
    print('AttributeError', e)
