# A loop trace with linked side traces entered from many frames: different calls, a
# recursion whose residual call runs the same loop (re-entrant trace) while side traces
# are attached, and frames of several sizes. Each side trace must read and write the locals
# of the frame it runs on (`Jit::enter` sets the side traces' frame only when it changed).


def walk(xs, depth, scale):
    total = 0
    odd = 0
    for x in xs:
        if x % 3 == 0:
            total += x * scale
        elif x % 3 == 1:
            odd += 1
            total -= depth
        else:
            total += 1
        if depth > 0 and x == 7:
            total += walk(xs, depth - 1, scale + 1)
    return total + odd


def wide(xs, a, b, c, d, e):
    # More locals than `walk`: its frame's locals live elsewhere.
    acc = a
    for x in xs:
        if x & 1:
            acc += b + x
        else:
            acc -= c
    return acc + d + e


xs = list(range(12))
grand = 0
for i in range(300):
    grand += walk(xs, i % 4, i % 5)
    grand += wide(xs, i, 1, 2, 3, 4)
    if i % 50 == 0:
        print(i, grand)
print(grand)
for n in range(1, 6):
    print(n, walk(list(range(n * 3)), n, n))
