# Hot loops in which ints grow past 64 bits and shrink back.
x = 1
for i in range(3000):
    x = x * 2 + (i & 1)
    if x > 2 ** 200:
        x = x % 1000003
    if i % 300 == 0:
        print(i, x)
print("final", x)
fib_a, fib_b = 0, 1
for i in range(1000):
    fib_a, fib_b = fib_b, fib_a + fib_b
    if i in (90, 91, 92, 93):
        print(i, fib_a, fib_a > 2 ** 63 - 1)
print(len(str(fib_a)), fib_a % 10 ** 12)
s = 0
for i in range(5000):
    s += i * 3037000499
print(s)
m = 2 ** 63 - 10
out = []
for i in range(20):
    m += 1
    out.append(m - (2 ** 63 - 10))
print(out, m)
k = -(2 ** 63) + 3
for i in range(6):
    k -= 1
    print(k, k + 2 ** 63)
prod = 1
for i in range(1, 1001):
    prod *= i
    if prod > 10 ** 30:
        prod //= 10 ** 25
print(prod)
