# `int in set` answered by the trace's own machine code (backend/x64/setin.rs): the home
# slot, the linear runs and the perturbed jumps of the probe sequence walked inline, the
# `contains` helper taking over for keys of the probe's hash that are not the int itself.


def counts(s, keys, n):
    hit = miss = 0
    for i in range(n):
        k = keys[i % len(keys)]
        if k in s:
            hit += 1
        if k not in s:
            miss += 1
    return hit, miss


# Small table (8 slots: runs of one slot, then perturbed jumps), collisions on the home slot.
print(counts({0, 8, 16, 24, 3}, list(range(-40, 41)), 2000))
# Larger tables: runs of 10 slots, long chains of colliding keys.
big = set(range(0, 4096, 64)) | {7, 71, 135, 199}
print(counts(big, list(range(-300, 5000, 7)) + [64 * j for j in range(70)], 5000))
# Negative ints, -1 (hash -2) and -2, ints near and past the hash modulus, huge ints.
edge = {-1, -3, -64, 2**60 - 1, -(2**60), 2**61 - 1, 2**61, 2**62 + 5, 10**30}
print(counts(edge, [-1, -2, -3, -64, -65, 2**60 - 1, 2**60, -(2**60), -(2**60) - 1,
                    2**61 - 2, 2**61 - 1, 2**61, 2**62 + 5, 10**30, 0, 1], 3000))
# Bools and floats equal to ints: stored ones found by an int probe, and the other way.
print(counts({True, 2.0, 3, False}, [0, 1, 2, 3, 4], 1000))
print(counts({0, 1, 2}, [True, False, 1.0, 2.0, 2.5], 1000))
# A frozenset, an empty set, a set emptied by clear().
print(counts(frozenset([5, 6, 7, 13]), list(range(20)), 1000))
print(counts(set(), [0, 1, 2], 500))
s = {1, 2, 3}
s.clear()
print(counts(s, [0, 1, 2], 500))


# Sets mutated inside the loop: growth, dummies from discards, a clear, rebinding.
def churn(n):
    s = set()
    seen = []
    for i in range(n):
        k = (i * 7) % 53 - 20
        if k in s:
            s.discard(k)
            seen.append(k)
        else:
            s.add(k)
        if i % 97 == 0:
            s.add(i * 1000)
        if i == n // 2:
            s.clear()
        if i % 301 == 0:
            s = set(s)
    return len(seen), sum(seen), len(s)


print(churn(4000))


# Instance keys with __hash__/__eq__: met before the int on the probe sequence, their
# __eq__ runs (CPython compares them first); after it, it does not.
class K:
    calls = 0

    def __init__(self, h, eq):
        self.h = h
        self.eq = eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.calls += 1
        return self.eq(other)


def probe(s, keys, n):
    out = []
    for i in range(n):
        out.append(keys[i % len(keys)] in s)
    return out


# Stored at home of 3 before 3 itself: __eq__ says no, then 3 is found further on.
s = {K(3, lambda o: False)}
s.add(3)
s.add(11)
r = probe(s, [3, 11, 19, 4], 400)
print(r.count(True), r[:8], K.calls)
# __eq__ saying yes to any int of its hash: `5 in s` is True without 5 stored.
s = {K(5, lambda o: o == 5), 13}
r = probe(s, [5, 13, 21, 6], 400)
print(r.count(True), r[:8], K.calls)
# The instance stored after the int: its __eq__ is never reached for the int.
s = {7}
s.add(K(7, lambda o: True))
K.calls = 0
r = probe(s, [7, 15], 400)
print(r.count(True), K.calls)
# An instance of another hash in the way: stepped over without a call.
s = {K(1, lambda o: True), 9, 17}
K.calls = 0
r = probe(s, [9, 17, 25, 1], 400)
print(r.count(True), r[:8], K.calls)


# __eq__ raising: the exception propagates from the compiled loop.
class Bad:
    def __hash__(self):
        return 4

    def __eq__(self, other):
        raise ValueError("no compare %r" % (other,))


def raising(n):
    s = set(range(0, 40, 3))
    c = 0
    for i in range(n):
        if i % 40 in s:
            c += 1
        if i == n - 50:
            s.discard(3)
            s.add(Bad())
    return c


try:
    raising(3000)
except ValueError as e:
    print("ValueError", e)


# `s.add(i)` / `s.discard(i)` / `s.remove(i)` decided at the home slot inline: adds into
# unused home slots up to the growth threshold (then the helper resizes), re-adds of
# present keys, discards and removes of keys at home, dummies left behind and reused.
def updates(n):
    s = set()
    log = []
    for i in range(n):
        k = (i * 13) % 71 - 9
        if i % 3 == 0:
            s.discard(k)
        elif i % 3 == 1:
            s.add(k)
        else:
            s.add(k)
            s.remove(k)
            s.add(k + 71)
        if i % 200 == 0:
            log.append(len(s))
    return len(s), sum(s), log[:6], sorted(s)[:10]


print(updates(5000))


def removes(n):
    s = set(range(0, 64, 2))
    got = 0
    try:
        for i in range(n):
            k = i % 64
            if k in s:
                s.remove(k)
                got += 1
            else:
                s.add(k)
            if i == n - 5:
                s.remove(1001)
    except KeyError as e:
        print("KeyError", e, got, len(s))


removes(3000)


# An instance of the int's hash at home: add and discard take the helper (its __eq__ runs).
class H:
    def __hash__(self):
        return 2

    def __eq__(self, other):
        print("H.__eq__", other)
        return False


def with_instance():
    s = {H()}
    for i in range(40):
        s.add(i % 4)
        s.discard(i % 4)
    print(len(s))


with_instance()
