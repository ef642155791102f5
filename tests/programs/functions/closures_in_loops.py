# Late binding: closures created in a loop all see the final value.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
out = []
for f in funcs:
    out.append(f())
print(out)
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
out = []
for f in funcs:
    out.append(f())
print(out)
def make():
    fs = []
    for k in range(3):
        def show():
            return k * 10
        fs.append(show)
    k = 99
    return fs
res = []
for f in make():
    res.append(f())
print(res)
def make_bound():
    fs = []
    for k in range(3):
        def bind(k):
            return lambda: k * 10
        fs.append(bind(k))
    return fs
res = []
for f in make_bound():
    res.append(f())
print(res)
i = 0
handlers = []
while i < 3:
    handlers.append(lambda x, j=i: x + j)
    i += 1
print(handlers[0](100), handlers[1](100), handlers[2](100))
