class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f():
    a = D(1)
    b = D(2)
    c = D(3)
    return 0

def g(x, y):
    z = D(9)
    return x.n + y.n

for i in range(3):
    f()
    print(g(D(4), D(5)))
