# xs.append(number) and xs.pop() of an int in machine code: appends across the buffer's
# growth, floats, a pop that meets a str item (the helper), a pop of an empty list
# (IndexError mid-loop), and a list appended to while another view of it is iterated.


def stack_walk(n):
    xs = []
    total = 0
    for i in range(n):
        xs.append(i % 17)
        xs.append(i * 0.5)
        if i % 3 == 0:
            xs.pop()
            total += xs.pop()
    return total, len(xs), xs[:6], xs[-3:]


print(stack_walk(1000))
print(stack_walk(5))


def mixed_pops(n):
    xs = list(range(n)) + ["s"] + list(range(n))
    got = []
    t = 0
    for i in range(2 * n + 1):
        v = xs.pop()
        if isinstance(v, int):
            t += v
        else:
            got.append(v)
    return t, got, xs


print(mixed_pops(300))


def drain(xs, k):
    t = 0
    try:
        for i in range(k):
            t += xs.pop()
    except IndexError as e:
        print("IndexError", e, i, t)
    return t


print(drain(list(range(500)), 400))
print(drain(list(range(500)), 600))


def copy_grow(src):
    out = []
    for x in src:
        out.append(x + 1)
        if x % 50 == 0:
            out.append(-x)
    return len(out), sum(out), out[-4:]


print(copy_grow(list(range(2000))))
