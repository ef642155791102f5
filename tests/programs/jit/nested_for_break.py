# The side trace of an inner `for` loop's end leaves the loop (the exhausted iterator is
# still in the frame and its exits drop it), and its hot exits get nested side traces of
# their own: fannkuch's `while True: for i in range(r): ...; if counter[r] > 0: break`.
# The break and non-break paths, how long the inner loop runs and when it is exhausted
# vary; a float, a str (TypeError) and a zero divisor come in on the nested path.


def rotations(n):
    # fannkuch's permutation walk.
    perm = list(range(n))
    counter = [0] * n
    r = n
    count = 0
    check = 0
    while True:
        while r > 1:
            counter[r - 1] = r
            r -= 1
        count += 1
        check += perm[0] * count + perm[-1]
        while True:
            if r == n:
                return count, check, perm
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            counter[r] -= 1
            if counter[r] > 0:
                break
            r += 1


print(rotations(5))
print(rotations(7))


def blocks(rows, n):
    # A `for` over one of several lists, restarted in place, its end's path breaking out
    # of the `while` or going round it, depending on the data.
    out = []
    pos = 0
    total = 0
    while pos < n:
        while True:
            part = rows[pos % len(rows)]
            s = 0
            for x in part:
                s += x
            total += s
            pos += 1
            if s % 3 == 0 or pos >= n:
                break
            total -= 1
        out.append(total)
    return out[-5:], total


print(blocks([[1, 2, 3], [4, 5], [6, 7, 9, 1], [2]], 700))
print(blocks([[i * 7 % 11, i] for i in range(50)], 900))
print(blocks([[1, 2]] * 30 + [[1.5, 2]] + [[3, 1, 1]] * 30, 800))


def early(xs, limit):
    # The `for` itself ends by `break` (its iterator popped in the body) or by running
    # out, inside a `while` whose own end depends on both.
    k = 0
    hits = 0
    rounds = 0
    while k < 300:
        while True:
            found = -1
            for i in range(k % 7 + 1):
                if xs[(k + i) % len(xs)] > limit:
                    found = i
                    break
            k += 1
            if found < 0:
                break
            hits += found
        rounds += 1
    return hits, rounds, k


print(early(list(range(50)), 40))
print(early([3, 9, 1, 12, 7], 8))


def divide(xs, ds):
    # The nested path divides: a zero divisor raises in the middle of a run.
    acc = 0
    j = 0
    while j < len(ds):
        while True:
            for x in xs:
                acc += x
            j += 1
            if j >= len(ds) or j % 4 == 0:
                break
            acc = acc + 100 // ds[j]
        acc += 1
    return acc


print(divide([1, 2, 3], list(range(1, 800))))
print(divide([2, 2], [5] * 600))
try:
    print(divide([1, 2], [3] * 401 + [0] + [3] * 50))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def mixed(xs, ds):
    # A float and then a str arrive on the nested path after it was compiled.
    acc = 0
    j = 0
    n = 0
    while j < len(ds):
        while True:
            for x in xs:
                n += 1
            j += 1
            if j >= len(ds) or n % 3 == 0:
                break
            acc = acc + ds[j]
    return acc, n


print(mixed([1, 2], [1] * 900))
print(mixed([1, 2], [1] * 600 + [0.5, 0.5] + [2] * 300))
try:
    print(mixed([1, 2], [1] * 600 + ["x", "x"] + [2] * 300))
except TypeError as e:
    print("TypeError", e)
