from collections import defaultdict

dd = defaultdict(int)
for ch in 'mississippi':
    dd[ch] += 1
print(dd)
print(dd['m'], dd['z'], len(dd), 'z' in dd, 'q' in dd)
print(sorted(dd.items()), list(dd.keys()), list(dd.values()))

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups))
print(groups == {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']})
print({'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']} == groups)
print(groups != {}, {} != groups)

s = defaultdict(set)
s['x'].add(1)
s['x'].add(1)
print(len(s['x']), sorted(s['x']))

nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
nested['a']['c'] += 1
print(dict(nested['a']), len(nested))

const = defaultdict(lambda: 'N/A', {'k': 'v'})
print(const['k'], const['missing'], sorted(const))

# no factory: KeyError
nf = defaultdict()
print(nf, nf.default_factory)
try:
    nf['x']
except KeyError as e:
    print('KeyError', e)
nf.default_factory = list
nf['x'].append(1)
print(nf)

# get / setdefault / pop / popitem / update / copy / clear / del
d = defaultdict(int, a=1, b=2)
print(d.get('a'), d.get('zz'), d.get('zz', 5), 'zz' in d)
print(d.setdefault('c', 3), d.setdefault('a', 100))
print(d.pop('b'), d.pop('nope', 'dflt'))
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['new'] += 1
print(c, d, type(c).__name__, c.default_factory)
del c['new']
print(c)
c.clear()
print(c, len(c), bool(c))
print(list(iter(d)), [k for k in d], list(reversed(d)))

# union
u = defaultdict(int, a=1) | {'b': 2}
print(u)
u |= {'c': 3}
print(u)
print({'z': 0} | defaultdict(list, a=[1]))

# default factory with a class
class Counter2:
    n = 0
    def __init__(self):
        Counter2.n += 1
        self.id = Counter2.n
    def __repr__(self):
        return 'C%d' % self.id

dc = defaultdict(Counter2)
dc['a']; dc['b']; dc['a']
print(dc)

try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)

fk = defaultdict.fromkeys('abc', 0)
print(fk)

# word-frequency style use
text = 'the quick brown fox jumps over the lazy dog the end'
freq = defaultdict(int)
for w in text.split():
    freq[w] += 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
