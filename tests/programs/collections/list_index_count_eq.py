# list.index / list.count / tuple.index / tuple.count: identity before __eq__, start and
# stop arguments, and __eq__ methods that change the list being scanned.


class Noisy:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other if not isinstance(other, Noisy) else other.n)
        return isinstance(other, Noisy) and self.n == other.n

    def __repr__(self):
        return "Noisy(%d)" % self.n


a, b, c = Noisy(1), Noisy(2), Noisy(3)
items = [a, b, c, b]
print(items.index(b), items.index(Noisy(3)), items.count(b), items.count(Noisy(2)))
print(items.index(b, 2), items.index(b, -1), items.index(Noisy(1), 0, 1))
for args in ((Noisy(9),), (a, 1), (c, 0, 2), (b, 10)):
    try:
        print(items.index(*args))
    except ValueError as e:
        print("ValueError", e)

nums = [1, 2.0, True, 3, 2, 1]
print(nums.index(2), nums.count(1), nums.count(2), nums.index(1.0, 1), nums.count("1"))
t = (1, b, 2, b, "x")
print(t.index(b), t.count(b), t.index(2, 1, 3), t.count(Noisy(2)), t.index("x", -1))
try:
    t.index(b, 4)
except ValueError as e:
    print("ValueError", e)


# An __eq__ that shrinks the list: the scan stops at the new end.
class Shrinker:
    def __init__(self, victim):
        self.victim = victim

    def __eq__(self, other):
        if self.victim:
            self.victim.pop()
        return False


victim = [0, 1, 2, 3, 4, 5]
probe = Shrinker(victim)
victim[0] = probe
print(victim.count(7), victim[1:], len(victim))
victim = [0, 1, 2, 3, 4, 5]
probe = Shrinker(victim)
victim.insert(0, probe)
try:
    victim.index(99)
except ValueError as e:
    print("ValueError", e)
print(len(victim))


# An __eq__ that grows the list: the new items are scanned too (up to stop).
class Grower:
    def __init__(self, target):
        self.target = target
        self.left = 3

    def __eq__(self, other):
        if self.left:
            self.left -= 1
            self.target.append(other)
        return other == "needle"


g_list = [1, 2]
grower = Grower(g_list)
g_list.append(grower)
print(g_list.count("needle"), len(g_list))
g_list = ["a"]
grower = Grower(g_list)
g_list.insert(0, grower)
g_list.append("needle")
print(g_list.index("needle"), len(g_list))
