# global and nonlocal declarations.
total = 0
def add(n):
    global total
    total += n
    return total
for i in range(5):
    add(i)
print(total)
def set_new_global():
    global created
    created = "made inside"
set_new_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def outer():
    n = 0
    def level1():
        def level2():
            nonlocal n
            n += 10
            return n
        nonlocal n
        n += 1
        return level2()
    r1 = level1()
    r2 = level1()
    return r1, r2, n
print(outer())
def acc_factory():
    items = []
    size = 0
    def push(v):
        nonlocal size
        items.append(v)
        size += 1
        return size
    return push, items
push, items = acc_factory()
push("a")
push("b")
print(push("c"), items)
