# Several methods looked up on one receiver in a loop (deltablue's Plan.execute:
# `c.execute()` calls `self.output()` and `self.input()`): the trace checks them all at the
# first lookup. Receivers of another class (one overriding only a later method), a method
# rebound on the class mid-loop, an instance attribute shadowing a method and an exception
# inside the inlined methods must all behave as in the interpreter.


class Var:
    def __init__(self, value):
        self.value = value


class Binary:
    def __init__(self, a, b, forward):
        self.a = a
        self.b = b
        self.forward = forward

    def input(self):
        if self.forward:
            return self.a
        return self.b

    def output(self):
        if self.forward:
            return self.b
        return self.a


class Copy(Binary):
    def execute(self):
        self.output().value = self.input().value


class Double(Copy):
    """Inherits `execute`, overrides a later method (`input`)."""

    def input(self):
        return Var(self.a.value * 2)


class Scale(Binary):
    def execute(self):
        self.output().value = self.input().value * 3


def run(steps):
    for c in steps:
        c.execute()


def chain(n, forward):
    vs = [Var(i) for i in range(n + 1)]
    steps = [Copy(vs[i], vs[i + 1], forward) for i in range(n)]
    if not forward:
        steps.reverse()
    return vs, steps


vs, steps = chain(1000, True)
vs[0].value = 7
run(steps)
print(vs[-1].value, sum(v.value for v in vs))

# The same loop over a mix of classes: Double inherits `execute` but not `input`.
vs, steps = chain(600, True)
for i in range(0, 600, 50):
    steps[i] = Double(steps[i].a, steps[i].b, True)
for i in range(25, 600, 100):
    steps[i] = Scale(steps[i].a, steps[i].b, True)
vs[0].value = 1
run(steps)
print(vs[-1].value % 1000003, sum(v.value for v in vs) % 1000003)

# Backwards, then with `output` rebound on the class half-way through a run.
vs, steps = chain(800, False)
vs[-1].value = 5
run(steps)
print(vs[0].value)


def other_output(self):
    return self.b if self.forward else self.a


class Hook:
    def __init__(self, at):
        self.at = at

    def execute(self):
        Binary.output = other_output


vs, steps = chain(800, True)
steps.insert(400, Hook(400))
vs[0].value = 11
run(steps)
print(vs[-1].value, vs[400].value)

# An instance attribute shadowing `input` on one step (a plain function stored on it).
vs, steps = chain(700, True)
steps[350].input = lambda: Var(-1)
vs[0].value = 3
run(steps)
print(vs[350].value, vs[351].value, vs[-1].value)

# An exception inside the inlined `input` (a missing attribute) half-way through.
vs, steps = chain(900, True)
del steps[450].a
vs[0].value = 4
try:
    run(steps)
except AttributeError as e:
    print("AttributeError", e, vs[450].value, vs[451].value)
