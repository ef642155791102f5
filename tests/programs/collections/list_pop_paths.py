# list.pop: the plain forms (no argument, an int index in range, as queues use pop(0)),
# next to every form that converts its argument or raises.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

q = list(range(300))
out = []
while q:
    out.append(q.pop(0))
    if len(q) % 7 == 0 and q:
        out.append(q.pop())
        out.append(q.pop(-1))
        out.append(q.pop(len(q) // 2))
print(len(out), sum(out), out[:5], out[-5:], q)

l = [1, 2, 3]
show(lambda: l.pop(3))
show(lambda: l.pop(-4))
show(lambda: l.pop(-3))
show(lambda: l)
show(lambda: l.pop(True))
show(lambda: l.pop(False))
show(lambda: [].pop())
show(lambda: [].pop(0))
show(lambda: [1].pop(2**70))
show(lambda: [1].pop(-2**70))
show(lambda: [1].pop(1.0))
show(lambda: [1].pop("0"))
show(lambda: [1].pop(0, 1))
show(lambda: [1].pop(index=0))
show(lambda: list.pop([5, 6]))
show(lambda: list.pop([5, 6], 0))
show(lambda: list.pop((5, 6)))

m = [[1], [2]]
m[0].append(m)
show(lambda: m.pop(0)[0])
