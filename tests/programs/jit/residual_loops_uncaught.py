# An exception raised inside the trace of a residual callee's loop that nothing catches: the
# traceback has the caller's loop line, the callee's line, as CPython prints them.


def scale(values, d):
    out = 0
    for v in values:
        out += v // d
    return out


def run():
    values = list(range(40))
    total = 0
    for i in range(400):
        total += scale(values, 7 - i // 50)
    print("not reached", total)


run()
