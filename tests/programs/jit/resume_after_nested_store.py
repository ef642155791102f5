# A pure method (`pick`) calls one that stores (`Rng.next`, through `below`) and then
# branches on the result: exits after the store resume `pick` where it was (the store is
# not redone); exits before it restart `pick`. Each branch direction and a type change
# after the store must match CPython.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


class Game:
    def __init__(self, seed):
        self.rng = Rng(seed)
        self.items = [10, 20, 30]
        self.limit = 3

    def pick(self):
        r = self.rng.below(5)
        if r < self.limit:
            return self.items[r]
        return r * 1000

    def pick_checked(self, i):
        r = self.rng.below(7)
        if i == 150:
            r = r + 0.5
        if r > 5 and i > 290:
            return -r
        return r


def play(g, n):
    total = 0
    for i in range(n):
        total += g.pick()
    return total


def play_checked(g, n):
    total = 0
    for i in range(n):
        total += g.pick_checked(i)
    return total


g = Game(7)
print(play(g, 400), g.rng.state)
g.limit = 1
print(play(g, 300), g.rng.state)
g2 = Game(11)
print(play_checked(g2, 320), g2.rng.state)
