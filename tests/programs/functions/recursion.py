# Recursive functions.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(0), fib(1), fib(10), fib(20))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]]))
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
perms = permutations([1, 2, 3, 4])
print(len(perms), perms[0], perms[-1])
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    out = list(rest)
    for r in rest:
        out.append([s[0]] + r)
    return out
print(sorted(power_set([1, 2, 3])))
