# A `for` loop over a range inside another `for` loop: the inner loop's end gets a side
# trace that runs the rest of the outer body, steps the outer iterator and starts the
# inner loop again with a new iterator. Exhaustion at both levels, empty and negative
# ranges, steps, `break`/`else` on both loops, big ints in the bounds.


def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
        total += 1
    return total


def triangle(n):
    total = 0
    for i in range(n):
        for j in range(i):  # empty when i == 0
            total += j
    return total


def offsets(n):
    total = 0
    for i in range(n):
        for j in range(i % 5, 40, 3):
            total += j - i
        for j in range(30, i % 7, -2):
            total -= j
    return total


def breaks(n):
    found = []
    for i in range(n):
        for j in range(50):
            if j * i > 300:
                found.append((i, j))
                break
        else:
            found.append(i)
        if i > 150 and len(found) % 41 == 0:
            break
    else:
        found.append("outer done")
    return len(found), found[:3], found[-3:]


def outer_list(rows, m):
    total = 0
    for r in rows:
        for j in range(m):
            total += r * j
    return total


def big_bounds(n):
    total = 0
    for i in range(n):
        # (ints near the ends of 64 bits; pyjit's ranges stop there)
        hi = 10 if i < n - 3 else 2**63 - 1
        lo = 0 if i < n - 3 else 2**63 - 8
        if i == n - 2:
            lo, hi = -(2**63), -(2**63) + 5
        for j in range(lo, hi):
            total += j % 1000
    return total


def loop_var_after(n):
    i = j = -1
    for i in range(n):
        for j in range(i, i + 3):
            pass
    return i, j


print(grid(300, 50))
print(triangle(400))
print(offsets(300))
print(breaks(300))
print(outer_list(list(range(200)), 30))
print(outer_list((1, 2, 3) * 100, 20))
print(big_bounds(300))
print(loop_var_after(300))
print(loop_var_after(0))
