# for loops over dicts and their views: keys, values, items; value updates while iterating
# (allowed), size changes (RuntimeError at the same point), break/else, the dict swapped.


def total(d):
    t = 0
    for k, v in d.items():
        t += k * v
    for k in d:
        t += k
    for v in d.values():
        t -= v
    for k in d.keys():
        t += 2 * k
    return t


def bump(d):
    for k, v in d.items():
        d[k] = v + k
    return sum(d.values())


def grow(d, at):
    n = 0
    for k in d:
        n += k
        if k == at:
            d[-k - 1] = 0
    return n


def shrink(d, at):
    n = 0
    for k, v in d.items():
        n += v
        if k == at:
            del d[0]
    return n


def names(d):
    s = 0
    for name, v in d.items():
        if name == "k77":
            break
        s += v
    else:
        s = -s
    return s


d = {i: i * 3 for i in range(300)}
print(total(d))
print(bump(d), bump(d))
try:
    grow({i: i for i in range(300)}, 250)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    shrink({i: i for i in range(300)}, 200)
except RuntimeError as e:
    print("RuntimeError", e)
print(names({"k%d" % i: i for i in range(200)}), names({"k%d" % i: i for i in range(50)}))
for i in range(4):
    print(total({j: j + i for j in range(100 + 20 * i)}))
dd = {1.5: "a", 2.5: "b"}
dd.update({i: i for i in range(200)})
n = 0
for k, v in dd.items():
    if k == 3:
        n += 1
print(n)
try:
    grow({i: i for i in range(300)}, 299)
    print("no error after the last key")
except RuntimeError as e:
    print("RuntimeError", e)
