import copy
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple

orig = {'nums': [1, 2, [3, 4]], 'meta': {'tags': ('a', ['b'])}}
dc = copy.deepcopy(orig)
print(dc == orig, dc is orig, dc['nums'] is orig['nums'], dc['nums'][2] is orig['nums'][2])
dc['nums'][2].append(5)
dc['meta']['tags'][1].append('c')
print(orig)
print(dc)

t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2, dt2 is t2, dt2[1] is t2[1])

# shared references stay shared, cycles are preserved
shared = [0]
container = [shared, shared, {'s': shared}]
dcont = copy.deepcopy(container)
print(dcont[0] is dcont[1], dcont[2]['s'] is dcont[0], dcont[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
dcyc = copy.deepcopy(cyc)
print(dcyc[2] is dcyc, dcyc[2] is cyc, len(dcyc))
cd = {'name': 'self'}
cd['me'] = cd
dcd = copy.deepcopy(cd)
print(dcd['me'] is dcd, list(dcd))

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return 'Node(%r, %r)' % (self.val, self.children)

root = Node('root')
a = root.add(Node('a'))
b = root.add(Node('b'))
a.add(Node('a1'))
droot = copy.deepcopy(root)
print(droot)
print(droot.children[0].parent is droot, droot.children[0] is a, droot.children[0].children[0].parent is droot.children[0])
droot.children[1].val = 'B'
print(b.val, droot.children[1].val)

class Custom:
    def __init__(self, data):
        self.data = data
    def __deepcopy__(self, memo):
        print('__deepcopy__ with memo', type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ['copied'])

cu = copy.deepcopy([Custom([1])])
print(cu[0].data)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] == x)

# collections containers
P = namedtuple('P', 'x y')
objs = [OrderedDict(a=[1]), defaultdict(list, k=[2]), deque([[3]], maxlen=4), Counter('aab'), P(1, [4])]
dobjs = copy.deepcopy(objs)
print(dobjs)
print([type(o).__name__ for o in dobjs])
dobjs[0]['a'].append(9)
dobjs[1]['new'].append(1)
dobjs[4].y.append(5)
print(objs[0], objs[1], objs[4])
print(dobjs[0], dobjs[1], dobjs[4], dobjs[2].maxlen)
print(copy.deepcopy({1, 2, 3}) == {1, 2, 3}, copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]))

def f():
    return 1
print(copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(int) is int, copy.deepcopy('s') == 's')
class Bound:
    def __init__(self):
        self.items = [1]
    def get(self):
        return self.items
bm = Bound().get
dbm = copy.deepcopy(bm)
print(dbm(), dbm.__self__ is bm.__self__)
