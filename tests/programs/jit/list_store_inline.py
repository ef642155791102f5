# List stores of ints and floats compiled inline (`list.set` in machine code): negative
# indexes, stores past the end (IndexError raised by the interpreter after the exit), an
# old item that is not a number (exit), ints stored over floats and back, a list that
# grows or shrinks while the loop runs, and aliases of one list.


def counters(n):
    near = [0] * 8
    unknown = [6] * 8
    for k in range(n):
        j = k % 8
        unknown[j] -= 1
        near[-1 - j] += 2
        if k % 5 == 0:
            unknown[j] += 1
    print("counters", near, unknown)


def floats(n):
    xs = [0.0, 1.5, 2, 3.25]
    for k in range(n):
        i = k % 4
        xs[i] = xs[i] * 0.5 + k
        if k % 7 == 0:
            xs[i] = k
    print("floats", xs)


def mixed(n):
    xs = [1, 2, 3, 4]
    total = 0
    for k in range(n):
        i = k % 4
        xs[i] = k
        total += xs[i]
        if k % 97 == 0:
            xs[(i + 1) % 4] = "s"
    print("mixed", xs, total)


def aliases(n):
    a = [0] * 4
    b = a
    for k in range(n):
        a[k % 4] = k
        b[(k + 1) % 4] += 1
    print("aliases", a, b is a)


def resized(n):
    xs = [0] * 3
    for k in range(n):
        xs[k % len(xs)] = k
        if k % 50 == 49:
            xs.append(k)
        if k % 120 == 119:
            xs.pop(0)
    print("resized", len(xs), xs[:6])


def past_end(n):
    xs = [0] * 10
    for k in range(n):
        xs[k - 5] = k


counters(1000)
floats(1000)
mixed(1000)
aliases(1000)
resized(1000)
try:
    past_end(1000)
except IndexError as e:
    print("IndexError", e)
past_end(1000)
