# A side trace that completes some of its runs and exits at a recursive call the rest of
# the time, in phases of many exits in a row (the shape of an n-queens search): it stays
# linked, and the results match the interpreter's.


class Queens:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.up = set()
        self.down = set()
        self.count = 0
        self.calls = 0

    def place(self, row):
        self.calls += 1
        if row == self.n:
            self.count += 1
            return
        for col in range(self.n):
            if col in self.cols:
                continue
            u = row + col
            d = row - col
            if u in self.up or d in self.down:
                continue
            self.cols.add(col)
            self.up.add(u)
            self.down.add(d)
            self.place(row + 1)
            self.cols.discard(col)
            self.up.discard(u)
            self.down.discard(d)


for n in range(4, 9):
    q = Queens(n)
    q.place(0)
    print(n, q.count, q.calls)
