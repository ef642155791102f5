# Global reads in a loop whose branch alternates (go's Board.group: the inner loop's end
# runs a side trace linked back into the loop's trace, whose preamble checks the globals):
# the checks are skipped while no Python code ran since they passed. A global rebound by a
# residual call, by the interpreter between runs, a module attribute rebound, a global
# deleted (NameError) and an exception in the loop must all behave as in the interpreter.
import math

TABLE = [[1, 2], [3], [4, 5, 6], []]
SCALE = 3
EMPTY = 0


def walk(n):
    total = 0
    i = 0
    while i < n:
        for q in TABLE[i % 4]:
            if q % 2 == EMPTY:
                total += q * SCALE
            else:
                total -= q
        i += 1
    return total


print(walk(3000))


def rebind(k):
    # A loop, so the call stays a residual call of the trace.
    global SCALE
    for _ in range(2):
        SCALE = k


def walk_rebinding(n):
    total = 0
    i = 0
    while i < n:
        for q in TABLE[i % 4]:
            if q % 2 == EMPTY:
                total += q * SCALE
            else:
                total -= q
        if i % 500 == 499:
            rebind(i)
        i += 1
    return total


print(walk_rebinding(3000), SCALE)


def walk_math(n):
    total = 0.0
    for i in range(n):
        for q in TABLE[i % 4]:
            if q % 2 == 0:
                total += q * math.pi
            else:
                total -= q
    return total


print(round(walk_math(2000), 6))
math.pi = 3.0
print(round(walk_math(2000), 6))
TABLE = [[7], [8, 9], [], [10]]
SCALE = -1
print(walk(2000))


def walk_until(n, stop):
    global SCALE
    total = 0
    i = 0
    while i < n:
        for q in TABLE[i % 4]:
            if q % 2 == EMPTY:
                total += q * SCALE
            else:
                total -= q
        if i == stop:
            SCALE = 100
        i += 1
    return total


print(walk_until(3000, 1500), SCALE)


def walk_missing(n):
    total = 0
    for i in range(n):
        for q in TABLE[i % 4]:
            if q % 2 == 0:
                total += q * MISSING
            else:
                total -= q
        if i == n // 2:
            del globals()["MISSING"]
    return total


MISSING = 2
try:
    print(walk_missing(3000))
except NameError as e:
    print("NameError", e)


def walk_raise(n):
    total = 0
    for i in range(n):
        for q in TABLE[i % 4]:
            if q % 2 == 0:
                total += q // (SCALE - 100 + (i < 2500))
            else:
                total -= q
    return total


try:
    print(walk_raise(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
