# Inner loops whose end stores an object into a local (`p`): their side traces are
# entered through the trampoline, and end where an inner loop starts again (the same one,
# or another).

class P:
    def __init__(self, v):
        self.v = v

def f(n, ps):
    total = 0
    best = None
    for i in range(n):
        for p in ps:
            total += p.v * i
        a = i * 3
        b = a + 1
        c = b * 2
        d = c - a
        e = d + b
        total += a + b + c + d + e
        if total % 7 == 3:
            total += 1
    return total

def g(n, ps, qs):
    total = 0
    for i in range(n):
        for p in ps:
            total += p.v
        a = i * 3
        b = a + 1
        c = b * 2
        d = c - a
        e = d + b
        total += a + b + c + d + e
        for q in qs:
            total -= q.v
    return total

ps = [P(1), P(2), P(3)]
print(f(500, ps))
print(g(500, ps, [P(5)]))
