from collections import deque

d = deque()
print(d, len(d), bool(d))
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d[0], d[-1], d[3], d[-4])
print(d.pop(), d.popleft(), d)
d[0] = 'first'
d[-1] = 'last'
print(d)
del d[1]
print(d)
del d[0]
print(d)

# rotate
r = deque(range(7))
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(0)
print(r)
r.rotate(15)
print(r)
r.rotate(-100)
print(r)
deque().rotate(3)

# extend / extendleft
e = deque([1, 2])
e.extend([3, 4])
e.extendleft([0, -1, -2])
print(e)
e.extend(e)
print(e, len(e))
e.extendleft('ab')
print(e)

# maxlen
m = deque(range(10), maxlen=4)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31, 32])
print(m)
print(deque(maxlen=0), deque('abc', 0), deque('abc', maxlen=2))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque().maxlen, deque([], 5).maxlen)

# iteration and reversed
it = deque('hello')
print(list(it), list(reversed(it)), ''.join(it))
print([x * 2 for x in deque([1, 2, 3])])
print('l' in it, 'z' in it, it.count('l'), it.index('l'), it.index('l', 3))

# insert / remove / reverse / clear / copy
q = deque([1, 2, 3, 2, 1])
q.insert(0, 'a')
q.insert(3, 'b')
q.insert(-1, 'c')
q.insert(100, 'end')
print(q)
q.remove(2)
print(q)
q.reverse()
print(q)
c = q.copy()
q.clear()
print(q, c, len(q))

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) == [1, 2], deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque([1, 2]) >= deque([1, 2, 3]))

# arithmetic
a = deque([1, 2])
print(a + deque([3]), a * 3, 2 * a, a * 0)
a += [5, 6]
print(a)
a *= 2
print(a)
b = deque([1, 2, 3], maxlen=3)
print(b + deque([4, 5]), b * 2)

# errors
for fn in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
           lambda: deque([1]).index(9), lambda: deque([1]).remove(9),
           lambda: deque([1, 2], maxlen=2).insert(0, 3), lambda: deque([1])[0:1],
           lambda: deque(maxlen=-1), lambda: deque(maxlen='x'), lambda: deque(1)]:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    hash(deque())
except TypeError:
    print('unhashable')
try:
    for x in a:
        a.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)

# as a queue: amortized O(1) at both ends
big = deque()
for i in range(20000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
print(total, len(big))
for i in range(20000):
    big.appendleft(i)
while len(big) > 3:
    big.pop()
print(big)

# sliding window
def moving_average(seq, n=3):
    it = iter(seq)
    win = deque(maxlen=n)
    out = []
    for x in it:
        win.append(x)
        if len(win) == n:
            out.append(sum(win) / n)
    return out

print(moving_average([40, 30, 50, 46, 39, 44]))

class MyDeque(deque):
    pass

md = MyDeque([1, 2])
print(md, isinstance(md, deque), md.copy())
