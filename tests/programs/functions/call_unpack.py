# Unpacking sequences and dicts into calls.
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw


args = [1, 2]
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*range(6)))
print(f(0, *"xy", **{"k": "v"}))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *[2], c=9, **{"z": 26}))
nums = [3, 1, 4, 1, 5]
print(max(*nums), min(*nums, 0), *nums)
print(*"abc", sep="-")
print(*[], "only")
point = (3, 4)
def dist2(x, y):
    return x * x + y * y
print(dist2(*point), dist2(**{"y": 1, "x": 2}))
