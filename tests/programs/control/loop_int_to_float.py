# Accumulators that change type mid-loop.
acc = 0
for i in range(1, 3001):
    if i == 1500:
        acc = acc / 2
    acc += i
print(acc, type(acc))
v = 1
history = []
for i in range(2000):
    if i < 1000:
        v += 3
    elif i == 1000:
        v = v * 0.5
    else:
        v += 0.25
    if i % 400 == 0:
        history.append(v)
print(history, v)
x = 1
for i in range(1200):
    x = x + 1 if i % 2 else x * 1.0
print(x, type(x))
n = 10 ** 18
for i in range(100):
    n = n * 10 if i < 50 else n / 10
print(n, type(n))
mixed = 0
for i in range(1000):
    if i % 3 == 0:
        mixed += 1
    elif i % 3 == 1:
        mixed += 0.5
    else:
        mixed += True
print(mixed)
