# A loop whose receivers change class from one phase of the program to the next: the
# trace recorded in one phase exits at the method guard for every element in the next, is
# discarded, kept compiled (dormant) and entered again when the phase comes back. Guards
# that must still fail: a class appearing late, a method rebound mid-loop (on the class
# and on a base), an instance attribute shadowing the method, the list mutated while the
# loop runs, a mix of classes in one list.


class Base:
    def __init__(self, v):
        self.v = v

    def val(self):
        return self.v


class Eq(Base):
    def val(self):
        return self.v + 1


class Scale(Base):
    def val(self):
        return self.v * 3


class Late(Base):
    def val(self):
        return -self.v


class Plain(Base):
    pass


def run_all(items):
    total = 0
    for c in items:
        total += c.val()
    return total


def rounds(items, n):
    t = 0
    for _ in range(n):
        t += run_all(items)
    return t


eqs = [Eq(i) for i in range(300)]
scales = [Scale(i) for i in range(300)]
lates = [Late(i) for i in range(300)]
plains = [Plain(i) for i in range(300)]

# Phases that alternate: each trace is productive in its own phase.
for phase in range(4):
    print("phase", phase, rounds(eqs, 12), rounds(scales, 12))

# A class that appears late, then the old phases again.
print("late", rounds(lates, 12), rounds(eqs, 6), rounds(scales, 6))
print("plain", rounds(plains, 12), rounds(eqs, 3))

# The method rebound on the class in the middle of a loop (from inside the call).
calls = [0]


def eq_counting(self):
    calls[0] += 1
    if calls[0] == 150:
        Eq.val = lambda self: self.v + 100
    return self.v + 2


orig_eq_val = Eq.val
print("before rebind", rounds(eqs, 4))
Eq.val = eq_counting
print("rebind", rounds(eqs, 2), calls[0])
Eq.val = orig_eq_val
print("restored", rounds(eqs, 4), rounds(scales, 4))

# Rebound on the base (Plain inherits it), mid-loop.
def base_twice(self):
    return 2 * self.v


class Rebinder(Base):
    def val(self):
        Base.val = base_twice
        return 0


print("base", rounds(plains, 4), run_all(plains[:100] + [Rebinder(0)] + plains[100:]),
      rounds(plains, 2))

# An instance attribute shadowing the method on one element.
shadow = [Scale(i) for i in range(300)]
shadow[200].val = lambda: 1000000
print("shadow", rounds(shadow, 4), rounds(scales, 4))


# The list mutated while the loop runs: elements of another class appended and removed.
class Grower(Base):
    def __init__(self, v, lst):
        Base.__init__(self, v)
        self.lst = lst

    def val(self):
        if len(self.lst) < 320:
            self.lst.append(Eq(len(self.lst)))
        return 5


def mutate_round():
    lst = [Scale(i) for i in range(290)]
    lst.append(Grower(0, lst))
    t = run_all(lst)
    return t, len(lst)


print("mutate", [mutate_round() for _ in range(6)], rounds(scales, 4))


def popper_round():
    lst = [Scale(i) for i in range(300)]

    class Popper(Base):
        def val(self):
            del lst[250:]
            return 7

    lst.insert(100, Popper(0))
    return run_all(lst), len(lst)


print("shrink", [popper_round() for _ in range(6)], rounds(eqs, 4))

# Mixed lists: every class in one loop, then the single-class phases again.
mixed = []
for i in range(300):
    mixed.append([eqs, scales, lates, plains][i % 4][i])
print("mixed", rounds(mixed, 8), rounds(eqs, 6), rounds(scales, 6), rounds(mixed, 2))

# The dormant trace's guards after its class changed while it was dormant (another loop,
# the one above having used up its retraces): the method rebound, deleted (inherited from
# the base again) and rebound again, an instance attribute added to one element and one
# shadowing the method, while the other phase runs.
def run_d(items):
    total = 0
    for c in items:
        total += c.val()
    return total


def rounds_d(items, n):
    t = 0
    for _ in range(n):
        t += run_d(items)
    return t


class DA(Base):
    def val(self):
        return self.v + 1


class DB(Base):
    def val(self):
        return self.v * 3


das = [DA(i) for i in range(300)]
dbs = [DB(i) for i in range(300)]
print("dormant 0", rounds_d(dbs, 12), rounds_d(das, 12), rounds_d(dbs, 12), rounds_d(das, 12))
DB.val = lambda self: self.v * 5
print("dormant 1", rounds_d(dbs, 12), rounds_d(das, 12))
del DB.val
print("dormant 2", rounds_d(dbs, 12), rounds_d(das, 12))
DB.val = lambda self: self.v * 7
print("dormant 3", rounds_d(dbs, 12), rounds_d(das, 12))
dbs[150].w = 1
print("dormant 4", rounds_d(dbs, 12), rounds_d(das, 12))
DA.val = lambda self: self.v - 1
print("dormant 5", rounds_d(dbs, 12), rounds_d(das, 12))
dbs[150].val = lambda: -1
print("dormant 6", rounds_d(dbs, 12), rounds_d(das, 12))
