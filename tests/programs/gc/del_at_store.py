# __del__ runs when the last reference goes, at the store or deletion that drops it, in a
# function's locals, cells, list and dict items, attributes, and when a loop's temporary
# sequence is released at the loop's end.


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class O:
    pass


def f():
    o = O()
    o.a = D(1)
    o.a = 0
    print("after attr store")
    xs = [D(2)]
    xs[0] = 0
    print("after list item store")
    d = {"k": D(3)}
    d["k"] = 0
    print("after dict item store")
    for z in [D(4), D(5)]:
        pass
    print("after loop")
    a = D(6)
    a = 1
    print("after local store")
    xs = [D(8)]
    xs = None
    print("after list drop")
    t = (D(9),)
    t = 0
    print("after tuple drop")
    xs = [D(10), D(11)]
    xs.pop()
    print("after pop")
    xs.clear()
    print("after clear")
    o.b = D(12)
    del o.b
    print("after del attr")
    q = D(13)
    del q
    print("after del local")
    ys = [D(14), D(15)]
    del ys[0]
    print("after del item")
    c = D(16)

    def g():
        nonlocal c
        c = 0
        print("after cell store")

    g()
    p, r = D(17), D(18)
    p = r = 0
    print("after chained store")
    for i in range(2):
        w = D(20 + i)
    print("after range loop")
    print("end")


f()
print("returned")
