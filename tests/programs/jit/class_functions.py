# Calls through a class in loops: `Cls.static(...)` (a static method, inherited or not) and
# `Cls.plain(obj, ...)` (a function read off the class). The JIT guards the class's entry;
# rebinding it mid-loop, a class-level change, an exception and a receiver of another
# type must all behave as in the interpreter.


class Strength:
    def __init__(self, level):
        self.level = level

    @staticmethod
    def stronger(a, b):
        return a.level < b.level

    @staticmethod
    def weakest_of(a, b):
        if a.level > b.level:
            return a
        return b

    def plain(self, k):
        return self.level * k


class Sub(Strength):
    pass


def other_stronger(a, b):
    return a.level <= b.level


def count_stronger(items, pivot):
    n = 0
    for s in items:
        if Strength.stronger(s, pivot):
            n += 1
    return n


def weakest(items):
    w = items[0]
    for s in items:
        w = Sub.weakest_of(w, s)
    return w.level


def plain_total(items):
    t = 0
    for s in items:
        t += Strength.plain(s, 3)
    return t


def rebinding(items, pivot, at):
    # The class's function changes during the loop: the guard must see it.
    n = 0
    for i, s in enumerate(items):
        if i == at:
            Strength.stronger = staticmethod(other_stronger)
        if Strength.stronger(s, pivot):
            n += 1
    return n


def sub_override(items, pivot, at):
    # The subclass gets its own attribute mid-loop (the MRO position changes).
    n = 0
    for i, s in enumerate(items):
        if i == at:
            Sub.stronger = staticmethod(lambda a, b: True)
        if Sub.stronger(s, pivot):
            n += 1
    return n


def raising(items, pivot):
    n = 0
    for s in items:
        n += Strength.weakest_of(s, pivot).level
    return n


def class_of_locals(items, classes):
    # Not a constant class: a local rebound to each class in turn.
    t = 0
    for i in range(len(items)):
        cls = classes[i % 2]
        t += cls.plain(items[i], 2)
    return t


items = [Strength(i % 7) for i in range(3000)]
pivot = Strength(3)
print(count_stronger(items, pivot))
print(weakest(items))
print(plain_total(items))
print(rebinding(items, pivot, 1500))
print(count_stronger(items, pivot))
Strength.stronger = staticmethod(lambda a, b: a.level < b.level)
print(sub_override(items, pivot, 2000))
print(class_of_locals(items, [Strength, Sub]))

# A receiver without `level` in the middle: the inlined call raises AttributeError.
bad = items[:1000] + [object()] + items[1000:]
try:
    raising(bad, pivot)
except AttributeError as e:
    print("AttributeError", e)

# A class-level change of an unrelated attribute (bumps the type epoch) mid-run.
def epoch_bump(items, pivot):
    n = 0
    for i, s in enumerate(items):
        if i == 700:
            Strength.extra = 1
        if Strength.stronger(s, pivot):
            n += 1
    return n


print(epoch_bump(items, pivot))


# The global naming the class rebound to another class, then the function replaced by a
# non-callable: the global's guard and the class's guard exit, the interpreter raises.
class A:
    @staticmethod
    def f(x):
        return x + 1


class B:
    @staticmethod
    def f(x):
        return x * 2


def swap(n, swap_at, bad_at):
    global A
    t = 0
    for i in range(n):
        if i == swap_at:
            A = B
        if i == bad_at:
            A.f = 5
        t += A.f(i)
    return t


print(swap(3000, 1000, 10**9))
try:
    print(swap(3000, 10**9, 2000))
except TypeError as e:
    print("TypeError", e)
