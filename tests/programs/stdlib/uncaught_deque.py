# An error raised inside a module that CPython implements in C: no frame for it.
from collections import deque

def drain(d):
    out = []
    while True:
        out.append(d.popleft())
        print(out)

drain(deque([1, 2]))
