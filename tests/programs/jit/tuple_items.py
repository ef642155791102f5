# Tuple items read in traced loops by constant index (inline when the tuple layout is
# known): the item's type changes, a tuple is too short, negative indexes, None items.


def unpack(ps):
    s = 0
    for a, b in ps:
        s += a * 3 + b
    return s


def index(ts):
    s = 0
    for t in ts:
        s += t[0] - t[2]
    return s


def negative(ts):
    s = 0
    for t in ts:
        s += t[-1] * t[1]
    return s


def objects(ts):
    n = 0
    for t in ts:
        if t[1] is None:
            n += 1
        else:
            n += t[0]
    return n


ps = [(i, i * 2) for i in range(500)]
print(unpack(ps))
ps[300] = (1.5, 2)
ps[400] = (3, 2.5)
print(unpack(ps))
ts = [(i, 1, i % 7) for i in range(500)]
print(index(ts))
ts[250] = (1.0, 2, 3)
ts[260] = (1, 2, True)
print(index(ts))
ts[450] = (1, 2)
try:
    print(index(ts))
except IndexError as e:
    print("IndexError", e)
print(negative([(i, 2, i) for i in range(400)]))
obs = [(i, None if i % 3 else "x") for i in range(600)]
print(objects(obs))
obs[500] = (1, (2,), 3)
print(objects(obs))
