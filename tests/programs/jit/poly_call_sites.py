# Polymorphic call sites over three classes and three functions: the callee is not a
# constant of the trace (a list item, or the method a trampoline side trace gets on its
# operand stack when a guard inside an inlined method exits at the call), so the recording
# guards it by identity and inlines the callee seen.


class A:
    def val(self, i):
        if i % 2:
            return i
        return -i


class B:
    def val(self, i):
        return i * 2


class C:
    def val(self, i):
        if i % 3 == 0:
            return 1.5
        return 3


def methods(objs, n):
    s = 0.0
    for i in range(n):
        s += objs[i % 3].val(i)
    return s


def f1(x):
    return x + 1


def f2(x):
    if x % 4 == 0:
        return x * 3
    return x - 1


def f3(x):
    return x // 2


def functions(fs, n):
    s = 0
    for i in range(n):
        s += fs[i % len(fs)](i)
    return s


class Shape:
    def __init__(self, k):
        self.k = k


class Sq(Shape):
    def area(self):
        return self.k * self.k


class Tri(Shape):
    def area(self):
        if self.k > 3:
            return self.k * 2
        return None


class Circ(Shape):
    def area(self):
        return 3 * self.k * self.k


def areas(shapes, n):
    total = 0
    nones = 0
    i = 0
    while i < n:
        a = shapes[i % len(shapes)].area()
        if a is None:
            nones += 1
        else:
            total += a
        i += 1
    return total, nones


def make(k):
    # A class called through a non-constant callee.
    return k(7)


def classes(n):
    s = 0
    ks = [Sq, Tri, Circ]
    for i in range(n):
        s += ks[i % 3](i % 5).k
    return s


objs = [A(), B(), C()]
for n in (3, 40, 4000):
    print(methods(objs, n))
    print(functions([f1, f2, f3], n))
    print(functions([f2, f2, f1, f3], n))
    print(areas([Sq(2), Tri(4), Circ(1), Tri(2)], n))
    print(classes(n))
# The functions change under the trace: its identity guards exit.
fs = [f1, f2, f3]
print(functions(fs, 500))
fs[1] = f3
print(functions(fs, 500))
fs[0] = lambda x: x * 10
print(functions(fs, 500))
print(functions([f1, f2, len], 100))
