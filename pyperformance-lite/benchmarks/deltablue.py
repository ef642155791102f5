"""deltablue: incremental one-way dataflow constraint solver
(after Freeman-Benson, Maloney & Borning's DeltaBlue algorithm).

Builds a long chain of equality constraints and a set of scale
constraints, then repeatedly edits variables and re-plans.

Exercises: a class hierarchy with abstract base methods, super().__init__,
overriding and calling super() methods, identity comparisons (`is`),
lists used as queues (pop(0)), list.remove, many small method calls,
exceptions raised on internal errors.
"""
import sys

NAME = "deltablue"
QUICK = 1
DEFAULT = 40
CHAIN_LENGTH = 1000
EXPECTED = {
    1: (5954, 4494540),
    40: (238160, 179781600),
}


class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def next_weaker(self):
        return STRENGTHS[self.level + 1]

    @staticmethod
    def stronger(a, b):
        return a.level < b.level

    @staticmethod
    def weaker(a, b):
        return a.level > b.level

    @staticmethod
    def weakest_of(a, b):
        if a.level > b.level:
            return a
        return b


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT,
             NORMAL, WEAK_DEFAULT, WEAKEST]

# Directions of a binary constraint.
NONE = 0
FORWARD = 1
BACKWARD = 2


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    # Subclasses provide: add_to_graph, remove_from_graph, choose_method,
    # is_satisfied, mark_inputs, output, recalculate, mark_unsatisfied,
    # inputs_known, execute.

    def is_input(self):
        return False

    def add_constraint(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it
        overrode (now unsatisfied), or None."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, var, planner, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.var.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and Strength.stronger(self.strength, v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value from changing (unless overridden)."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable as being set from outside (e.g. user input)."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, a, b, planner, strength):
        super().__init__(planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.add_constraint()

    def add_to_graph(self):
        self.a.add_constraint(self)
        self.b.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.a.remove_constraint(self)
        self.b.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        a = self.a
        b = self.b
        s = self.strength
        if a.mark == mark:
            if b.mark != mark and Strength.stronger(s, b.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
            return
        if b.mark == mark:
            if a.mark != mark and Strength.stronger(s, a.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
            return
        if Strength.weaker(a.walk_strength, b.walk_strength):
            if Strength.stronger(s, a.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        else:
            if Strength.stronger(s, b.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        if self.direction == FORWARD:
            return self.a
        return self.b

    def output(self):
        if self.direction == FORWARD:
            return self.b
        return self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset (or the inverse, when solved backwards)."""

    def __init__(self, a, scale, offset, b, planner, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(a, b, planner, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, c):
        self.steps.append(c)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


def chain_test(n):
    """A chain of n equality constraints; edit the head, check the tail."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(variables[i], variables[i + 1], planner, REQUIRED)
    first = variables[0]
    last = variables[n]
    StayConstraint(last, planner, STRONG_DEFAULT)
    edit = EditConstraint(first, planner, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise SolverError("chain test failed: %d != %d" % (last.value, i))
        total += last.value
    edit.destroy_constraint()
    return total + planner.current_mark


def change(planner, var, new_value):
    edit = EditConstraint(var, planner, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        var.value = new_value
        plan.execute()
    edit.destroy_constraint()


def projection_test(n):
    """n scale constraints sharing one scale and one offset variable."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = None
    dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, planner, NORMAL)
        ScaleConstraint(src, scale, offset, dst, planner, REQUIRED)

    change(planner, src, 17)
    if dst.value != 1170:
        raise SolverError("projection 1 failed: %d" % dst.value)
    change(planner, dst, 1050)
    if src.value != 5:
        raise SolverError("projection 2 failed: %d" % src.value)
    change(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise SolverError("projection 3 failed at %d" % i)
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise SolverError("projection 4 failed at %d" % i)
    total = 0
    for d in dests:
        total += d.value
    return total + planner.current_mark


def bench(n):
    # n rounds of both tests on CHAIN_LENGTH variables.
    chains = 0
    projections = 0
    for _ in range(n):
        chains += chain_test(CHAIN_LENGTH)
        projections += projection_test(CHAIN_LENGTH)
    return (chains, projections)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
