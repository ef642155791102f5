# Builtins looked up through a call site's cache, then shadowed by a global, then
# unshadowed again, and reached through names built at run time.


def count(xs):
    return len(xs) + len(xs[:1])


print([count([1] * i) for i in range(1, 5)])
len = lambda xs: 100
print(count([1, 2]))
del len
print(count([1, 2]))


def shadow_abs():
    global abs
    abs = lambda x: "patched"


print(abs(-3), [abs(-i) for i in range(2)])
shadow_abs()
print(abs(-3), [abs(-i) for i in range(2)])
del abs
print(abs(-3), [abs(-i) for i in range(2)])

name = "".join(["l", "e", "n"])
print(name == "len", name in dir(__builtins__) if hasattr(__builtins__, "__dict__") else True)
g = {}
exec("r = len('abcd') + max(1, 2)", g)
print(g["r"])


def use_range(n):
    t = 0
    for i in range(n):
        t += min(i, 3) + max(i, 1)
    return t


print(sum(use_range(k) for k in range(50)))
