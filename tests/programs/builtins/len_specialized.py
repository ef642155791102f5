# len() of lists, tuples, dicts and sets is computed without a call (like CPython 3.11's
# CALL_NO_KW_LEN); everything else, a rebound `len`, and bad calls still take the call.
class Sized:
    def __len__(self):
        return 42


def total(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


items = [[1, 2], (1, 2, 3), {1: 2}, {1, 2, 3, 4}, range(5), "héllo", Sized(), [], ()]
print(total(items))
grow = []
for i in range(300):
    grow.append(i)
    if len(grow) != i + 1:
        print("wrong", i)
print(len(grow))


def g():
    return len([1, 2, 3])


print(g())
len = lambda x: -1
print(g())
del len
print(g())
for bad in ([5], [], [[1], [2]]):
    try:
        print(len(*bad))
    except TypeError as e:
        print(e)
