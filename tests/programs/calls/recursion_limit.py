# Recursion up to and past the limit: RecursionError is raised at the same depth as CPython,
# can be caught at any level, and the program goes on with the right depth afterwards.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def probe():
    # The deepest recursion that still works, found from below.
    n = 0
    while True:
        try:
            down(n)
        except RecursionError as e:
            return n, str(e)
        n += 1


print(down(900))
deepest, msg = probe()
print(deepest, msg)
print(probe()[0] == deepest)


def catch_at(level, n):
    # Catches the error `level` frames above the frame that hit the limit.
    try:
        return down_to(n, level)
    except RecursionError:
        return "caught"


def down_to(n, level):
    if n == level:
        try:
            return down_forever(0)
        except RecursionError as e:
            return "caught at %d: %s" % (level, e)
    return down_to(n + 1, level)


def down_forever(k):
    return down_forever(k + 1) + 1


for level in (0, 1, 5, 50, 500):
    print(catch_at(level, 0))


def counts(n, acc):
    acc.append(n)
    if n < 5000:
        counts(n + 1, acc)


acc = []
try:
    counts(0, acc)
except RecursionError:
    print("limit after", len(acc) == deepest + 1, len(acc) > 900)

sys.setrecursionlimit(3000)
print(down(2900))
try:
    down(5000)
except RecursionError as e:
    print("again:", e)
sys.setrecursionlimit(200)
try:
    down(300)
except RecursionError as e:
    print("low limit:", e)
print(down(150))
sys.setrecursionlimit(1000)


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        if self.nxt is None:
            return 1
        return self.nxt.length() + 1


head = None
for i in range(700):
    head = Node(head)
print(head.length())
for i in range(700):
    head = Node(head)
try:
    head.length()
except RecursionError as e:
    print("methods:", e)
print(down(10))
