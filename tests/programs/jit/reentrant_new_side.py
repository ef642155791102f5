# Recursion through a traced loop whose hot exit gets its side trace while outer
# activations are suspended in the loop's trace (inside its residual call): the outer
# activations, resumed, jump into that side trace too, which stores objects into their
# frame's locals.


def walk(depth, width, log):
    label = "low"
    last = None
    total = 0
    for i in range(width):
        a = i * 3 + depth
        b = a % 7
        total += a * b - i
        if b == 2 and depth < 3:
            x = a + i
            y = x * 2 - b
            z = y % 11 + x
            w = z * z - y
            total += z + w - x
            total += walk(depth + 1, width, log)
        if i >= width - 12:
            label = "high"
            last = [depth, i]
            total += 5
        total += 1
    log.append((depth, label, last))
    return total


for width in (40, 48, 56):
    log = []
    print(width, walk(0, width, log), len(log))
    print(log[-1], log[len(log) // 2], log[0])
    print(sum(1 for e in log if e[1] == "high"), sum(e[2][1] for e in log))
