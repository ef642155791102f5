# Builtin calls whose result replaces the callable on the stack in place: the callable and
# the arguments are released as the call returns, and finalizers of objects only
# the arguments held run before the next statement; errors leave the stack consistent.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def show(*xs):
    print(*xs)


# len() of containers that only the argument holds.
print("len", len([D("a")]), len([D("b")] * 3))
print("after len")
print("len tuple", len((D("c"),)), "dict", len({1: D("d")}), "set", len({1, 2, 3}))
print("after len tuple")

# A builtin's arguments are released with the call.
print("max", max(3, 1, 2), "abs", abs(-4), "isinstance", isinstance(D("e"), D))
print("after isinstance")

# Results of builtin calls inside expressions keep the values below them.
xs = [1, 2, 3]
t = (10, len(xs), 20, len(xs) + len(xs), str(len(xs)))
print(t)
show(len(xs), min(xs), max(xs), sum(xs), len("abc"), len(range(5)))

# append/add move their argument; the receiver stays alive.
ys = []
for i in range(4):
    ys.append(D("y%d" % i) if i == 2 else i)
print(len(ys))
s = set()
s.add(3)
s.add(3)
print(sorted(s))
del ys
print("after del ys")


# Errors in builtins: the stack below the call is intact for the handler.
def pick(k):
    try:
        return [1, len(xs), int(k), 4]
    except ValueError as e:
        return ("err", str(e), len(xs))


print(pick("5"), pick("x"))

try:
    print(len(5))
except TypeError as e:
    print("TypeError", e)


class L:
    def __len__(self):
        return 7


print(len(L()), len([L()]))


# Builtin calls in a loop that also makes Python calls.
def twice(x):
    return 2 * x


total = 0
for i in range(100):
    total += twice(len(xs)) + abs(-i) + len([i, i])
print(total)


def gen_len(n):
    return len([D("g")] * n)


print("gen_len", gen_len(2))
print("end")


# Builtin methods with one argument: their result replaces the method on the stack.
zs = [D("z0"), 5, 6]
d = {"k": D("dv")}
s2 = {1, 2, 3}
s2.discard(2)
s2.discard(9)
print(sorted(s2), d.get("k").name, d.get("q"), zs.index(5), zs.count(6))
print([zs.pop(0).name, len(zs)])
print("after pop")
v = d.pop("k")
print(v.name, "popped")
del v
print("after dict pop")
try:
    print((1, zs.index(99)))
except ValueError as e:
    print("ValueError", e)
try:
    print((1, s2.add([])))
except TypeError as e:
    print("TypeError", e)
print(sorted(s2), zs)
