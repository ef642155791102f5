# A `while` inside a `while`: the inner loop's trace exits when the inner loop ends; its
# side trace runs the rest of the outer body, the outer condition and the start of the next
# outer iteration, and links back into the inner trace. Every way out of that path must
# leave the interpreter frame exactly as CPython would have it.


def collatz(limit):
    best = 0
    arg = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            arg = n
        n += 1
    return arg, best


def triangle(n):
    # The inner loop runs zero times on the first outer iteration.
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < i:
            total += j
            j += 1
        i += 1
    return total


def outer_break(n):
    i = 0
    hits = 0
    while i < n:
        j = 0
        while j < 10:
            hits += 1
            j += 1
        if hits > 5000:
            break
        i += 1
    return i, hits


def outer_type_change(n):
    acc = 0
    i = 0
    while i < n:
        j = 0
        while j < 4:
            acc += j
            j += 1
        if i == n // 2:
            acc = acc + 0.5
        i += 1
    return acc


def outer_raises(rows):
    out = 0
    r = 0
    while r < len(rows):
        k = 0
        while k < 3:
            out += k
            k += 1
        out += 12 // rows[r]
        r += 1
    return out


def big_in_outer(n):
    x = 1
    i = 0
    while i < n:
        j = 0
        while j < 3:
            j += 1
        x = x * 7
        i += 1
    return x


G = 2


def bump():
    global G
    G = 5


def global_in_outer(n):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < 3:
            s += 1
            j += 1
        s += G
        if i == n // 2:
            bump()
        i += 1
    return s


print(collatz(2000))
print(triangle(200))
print(outer_break(10000))
print(outer_type_change(1000))
rows = [i % 5 + 1 for i in range(2000)]
print(outer_raises(rows))
rows[1500] = 0
try:
    outer_raises(rows)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(big_in_outer(100))
print(global_in_outer(2000))
