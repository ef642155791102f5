# An exception raised after an inlined method had stored an attribute: the interpreter
# finishes the rebuilt frame and prints its traceback (callee line, then caller line).


class Acc:
    def __init__(self, v):
        self.v = v
        self.count = 0

    def step(self, d):
        self.count += 1
        self.v -= d
        return 1.0 / self.v


def run(accs):
    total = 0.0
    for a in accs:
        total += a.step(0.5)
    return total


accs = [Acc(float(i % 50) + 10.0) for i in range(1000)]
print(round(run(accs), 6))
accs[900].v = 0.5
print(run(accs))
