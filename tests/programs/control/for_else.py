# for loops with else clauses.
primes = []
for n in range(2, 60):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in []:
    print("never")
else:
    print("empty loop else")
for w in ["alpha", "beta", "gamma"]:
    if w.startswith("b"):
        print("found", w)
        break
else:
    print("none found")
for w in ["alpha", "gamma"]:
    if w.startswith("b"):
        break
else:
    print("no b-word")
count = 0
for i in range(10):
    for j in range(10):
        if i * j > 20:
            break
        count += 1
    else:
        count += 100
print(count)
