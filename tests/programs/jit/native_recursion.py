# Self-recursive functions of ints run as native code (`native.rs`): both arms of every
# branch, recursive calls as native calls, and every case where the native code gives up
# (overflow to big ints, division by zero deep inside, the recursion limit, arguments that
# are not ints, a rebound global) gives exactly the interpreter's results.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(20)])
print(fib(24))
print(fib(True), fib(False), fib(-3))

# Called from a compiled loop (a residual call of the loop's trace).
total = 0
for i in range(400):
    total += fib(i % 12)
print(total)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print(ack(2, 3), ack(2, 40), ack(3, 3))


# Floor division and modulo of negative ints, as Python rounds them.
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def digits(n, base, acc):
    if n * n < base * base:
        return acc * 10 + n
    return digits(n // base, base, acc * 10 + n % base)


print(gcd(1071, 462), gcd(-1071, 462), gcd(1071, -462), gcd(-48, -18), gcd(0, 5))
print(digits(12345, 7, 0), digits(-12345, 7, 0), digits(12345, -7, 0), digits(-100, -3, 0))


# Locals, branches joining, `and`/`or`, unary minus, the other operators.
def mix(a, b, k):
    if k <= 0:
        return a ^ b
    if a > b and k % 2 == 0:
        t = a - b
    elif a == b or k == 3:
        t = -a
    else:
        t = (a & 255) | (b * 3)
    x = mix(t, b + 1, k - 1)
    if x:
        return x - k
    return +k


print([mix(i, 7, 12) for i in range(-5, 6)])


# Ints outgrowing 64 bits: the native code gives up at the overflow, the interpreter
# computes big ints.
def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)


def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)


print(power(3, 30), power(3, 50), power(-2, 63), power(-2, 64), power(2, 63))
print(tri(500), tri(2**62 + 3 - 2**62))


def neg(n, k):
    if k == 0:
        return -n
    return neg(n, k - 1)


def quo(a, b, k):
    if k == 0:
        return a // b
    return quo(a, b, k - 1)


print(neg(-(2**63), 3), neg(2**63 - 1, 3), quo(-(2**63), -1, 2), quo(-(2**63), 1, 2))

# Big-int and float arguments: the interpreter runs those calls, and the native code the
# inner ones once their arguments are ints again.


def halvings(n):
    if n == 0:
        return 0
    return halvings(n // 2) + 1


print(halvings(2**100), halvings(12345), halvings(True))
print(fib(2.0) if False else tri(3), power(2.5, 3), power(3, 2) * 1.0)


# An exception deep inside.
def div_at(n, d):
    if n == 0:
        return 100 // d
    return div_at(n - 1, d) + 1


print(div_at(30, 7))
try:
    div_at(30, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# The global a recursive call loads, rebound between calls.
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


old = count
print(count(50))


def count(n):
    return 1000 + n


print(old(50), count(50))
count = old
print(count(50))
del count
try:
    old(3)
except NameError as e:
    print("NameError:", e)
count = old

# Keyword and wrong-arity calls go through the interpreter's binding.
print(fib(n=10))
try:
    fib()
except TypeError as e:
    print("TypeError:", e)
try:
    fib(1, 2)
except TypeError as e:
    print("TypeError:", e)


# Deep recursion: the native code stops where the interpreter would raise.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def deepest():
    lo, hi = 0, 5000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            down(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


d = deepest()
print(d > 900, down(d) == d)
try:
    down(d + 1)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(4000)
print(down(3500))
sys.setrecursionlimit(1000)
print(deepest() == d)
