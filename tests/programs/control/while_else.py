# while loops with else clauses.
n = 0
while n < 5:
    n += 1
else:
    print("completed, n =", n)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("found multiple of 5:", n)
        break
else:
    print("not reached")
def find_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            break
        d += 1
    else:
        return None
    return d
for m in [2, 9, 15, 17, 49, 97, 221, 7919, 1000003]:
    print(m, find_divisor(m))
i = 10
while i:
    i -= 3
    if i < 0:
        break
    print("i", i)
else:
    print("else ran")
print("end", i)
