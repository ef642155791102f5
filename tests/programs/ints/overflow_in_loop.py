# A hot loop whose accumulator overflows from machine ints into big ints mid-loop.
x = 1
crossed = -1
for i in range(2000):
    x = x * 3 + 1
    if crossed < 0 and x > 2 ** 63 - 1:
        crossed = i
    if i % 200 == 0:
        print(i, x % 1000000007, len(str(x)))
print("crossed at", crossed)
print(len(str(x)), x % 998244353)
total = 0
for i in range(3000):
    total += i * i * i * i * i
print(total)
acc = 9223372036854775000
for i in range(2000):
    acc += 1
print(acc, acc - 2 ** 63)
neg = -9223372036854775000
for i in range(2000):
    neg -= 1
print(neg, neg + 2 ** 63)
v = 1
for i in range(1, 100):
    v = v * i
    v = v // (i // 2 + 1)
print(v)
p = 1
i = 0
while p < 10 ** 100:
    p *= 17
    i += 1
print(i, p)
while p > 100:
    p //= 17
    i -= 1
print(i, p)
