# `**` with a float operand in traces: float ** int, float ** float, int ** float, exact
# results, and the errors the interpreter raises (ZeroDivisionError, OverflowError)
# mid-loop. (Complex results are not supported by pyjit's interpreter.)


def powers(n):
    t = 0.0
    for i in range(n):
        x = 1.0 + i * 0.001
        t += x ** 2 + x ** 3 + x ** -1 + x ** 0.5 + 2 ** (x / 10) + x ** 0 + x ** 1.5
    return t


def shininess(n):
    # raytrace's `spec ** mat.shininess`.
    shine = 25
    t = 0.0
    for i in range(n):
        spec = (i % 97) / 97.0
        t += spec ** shine
    return t


def zero_div(n):
    t = 0.0
    try:
        for i in range(n):
            x = (n // 2 - i) * 0.5
            t += x ** -1
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, i, t)


def overflow(n):
    t = 0.0
    try:
        for i in range(n):
            t += 10.0 ** (i - n // 2 + 300)
    except OverflowError as e:
        print("OverflowError", e, i)


def negative_base(n):
    out = []
    for i in range(n):
        x = (i - n // 2) * 0.25
        y = x ** 3
        if i % 100 == 0:
            out.append(y)
    print(out)


def exponent_type_changes(n):
    exps = [2, 0.5, 3, -1.5]
    t = 0.0
    for i in range(n):
        t += 1.5 ** exps[(i // 100) % 4]
    return t


print(powers(1000))
print(shininess(1000))
zero_div(1000)
overflow(1000)
negative_base(1000)
print(exponent_type_changes(1000))
