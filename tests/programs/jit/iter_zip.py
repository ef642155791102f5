# for loops over zip: equal and unequal lengths, strict=True, zip(it, it), break/else.


def dot(a, b):
    t = 0
    for x, y in zip(a, b):
        t += x * y
    return t


def strict(a, b):
    t = 0
    for x, y in zip(a, b, strict=True):
        t += x - y
    return t


def until(a, b, stop):
    n = 0
    for x, y in zip(a, b):
        if x + y > stop:
            break
        n += 1
    else:
        n = -n
    return n


print(dot(list(range(300)), list(range(300))))
print(dot(list(range(300)), range(100, 150)))
print(dot(tuple(range(250)), list(range(260))))
print(dot("abc" * 100, "ab" * 100) if False else dot(range(5), range(5)))
print(strict(list(range(300)), range(300)))
try:
    strict(list(range(300)), list(range(299)))
except ValueError as e:
    print("ValueError", e)
try:
    strict(list(range(299)), list(range(300)))
except ValueError as e:
    print("ValueError", e)
for k in range(4):
    print(until(list(range(200)), list(range(200)), 300 + 50 * k))
it = iter(list(range(400)))
n = 0
for a, b in zip(it, it):
    n += b - a
print(n, list(it))
it = iter(range(500))
n = 0
for a, b in zip(it, range(100)):
    n += a * b
print(n, next(it))
ws = []
for a, b in zip(["x", "yy", "zzz"] * 100, [1.5, 2.5, 3.5] * 100):
    if a == "yy":
        ws.append(b)
print(len(ws), sum(ws))
n = 0
for p in zip(range(200), range(200)):
    n += p[0]
print(n)
