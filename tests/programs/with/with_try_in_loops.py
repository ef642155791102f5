# with and try blocks inside hot loops: the block stack and the value stack must
# return to the same depth after each iteration, whether the body completes,
# breaks, continues, returns or raises.


class CM:
    count = 0

    def __enter__(self):
        CM.count += 1
        return CM.count

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, ArithmeticError)


def body(i):
    total = 0
    for j in range(i):
        with CM() as k:
            try:
                if j % 7 == 3:
                    continue
                if j % 11 == 5:
                    total += 1 // 0
                total += k % 3
            finally:
                total += 1
        try:
            try:
                if j == 40:
                    break
                total += [j, j][j % 2] + (j, j)[0]
            except IndexError:
                total -= 1
            else:
                total += 2
        finally:
            total += 3
    return total


print([body(i) for i in (0, 1, 10, 50, 100)])


def early(i):
    for j in range(100):
        with CM():
            with CM():
                try:
                    if j == i:
                        return (j, [j, j + 1], CM.count)
                except Exception:
                    pass
    return None


print(early(3), early(50) is not None)

# Exceptions caught inside a with inside a try, in a loop the JIT compiles.
n = 0
for i in range(500):
    try:
        with CM():
            if i % 50 == 0:
                raise KeyError(i)
            n += i % 5
    except KeyError:
        n += 100
print(n, CM.count)

# While loops with try/except around a counter and a list.
i = 0
acc = []
while i < 300:
    try:
        acc.append(100 // (i % 30 - 15))
    except ZeroDivisionError:
        acc.append(None)
    finally:
        i += 1
print(len(acc), acc.count(None), sum(x for x in acc if x is not None))
