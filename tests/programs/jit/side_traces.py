# Side traces: exits of a loop trace that are taken often get compiled continuations that
# run to the back-edge and jump into the loop's trace again.


def alternating(n):
    a = 0
    b = 0.0
    for i in range(n):
        if i % 2:
            a += i
        else:
            b += i * 0.5
    return a, b


def three_way(n):
    x = y = z = 0
    for i in range(n):
        r = i % 3
        if r == 0:
            x += 1
        elif r == 1:
            y += 2
        else:
            z += 3
    return x, y, z


def while_alternating(n):
    i = 0
    evens = 0
    odds = 0
    while i < n:
        if i & 1 == 0:
            evens += i
        else:
            odds -= i
        i += 1
    return evens, odds


def overflow_in_side(n):
    # The side branch multiplies until the int no longer fits in 64 bits.
    acc = 1
    small = 0
    for i in range(n):
        if i % 2:
            acc = acc * 3
        else:
            small += 1
    return acc, small


def type_change_in_side(n):
    t = 0
    for i in range(n):
        if i % 2:
            t = t + 1
        elif i > n // 2:
            t = t + 0.5
        else:
            t = t + 2
    return t


K = 1


def rebind():
    global K
    K = 100


def global_rebound(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += K
        else:
            s -= 1
        if i == n // 2:
            rebind()
    return s


def divide(xs):
    total = 0
    for i in range(len(xs)):
        if i % 2:
            total += 1000 // xs[i]
        else:
            total += 1
    return total


class Box:
    def __init__(self, v):
        self.v = v


def objects_in_side(boxes):
    cur = None
    count = 0
    for i in range(len(boxes)):
        if i % 3 == 0:
            cur = boxes[i]
        else:
            count += boxes[i].v
    return cur.v, count


def collatz_best(limit):
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


def float_branches(n):
    pos = 0.0
    neg = 0.0
    x = 0.3
    for i in range(n):
        x = x * 3.7 * (1.0 - x)
        if x > 0.5:
            pos += x
        else:
            neg -= x
    return round(pos, 6), round(neg, 6)


print(alternating(3000))
print(three_way(3000))
print(while_alternating(3000))
print(overflow_in_side(300))
print(type_change_in_side(3000))
print(global_rebound(3000))
xs = [i % 7 + 1 for i in range(3000)]
print(divide(xs))
xs[2501] = 0
try:
    divide(xs)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(objects_in_side([Box(i) for i in range(3000)]))
print(collatz_best(3000))
print(float_branches(3000))
