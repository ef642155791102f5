# Collatz lengths: data-dependent branches, int // and %
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


print(collatz(300000))
