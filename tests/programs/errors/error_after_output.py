# Lots of output, then an error in a hot loop.
total = 0
data = list(range(1, 2001))
data[1500] = 0
for i in range(2000):
    total += 1000000 // data[i]
    if i % 100 == 0:
        print(i, total)
