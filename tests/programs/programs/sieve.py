# Sieve of Eratosthenes and prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes


def is_prime_trial(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


primes = sieve(30000)
print("count:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))

twins = 0
max_gap = 0
gap_at = 0
for i in range(1, len(primes)):
    gap = primes[i] - primes[i - 1]
    if gap == 2:
        twins += 1
    if gap > max_gap:
        max_gap = gap
        gap_at = primes[i - 1]
print("twin pairs:", twins)
print("max gap:", max_gap, "after", gap_at)

last_digits = {}
for p in primes:
    d = p % 10
    last_digits[d] = last_digits.get(d, 0) + 1
for d in sorted(last_digits):
    print("ends in", d, ":", last_digits[d])

agree = True
for n in range(0, 2000):
    in_sieve = n in primes[:400]
    if is_prime_trial(n) != in_sieve and n < primes[399]:
        agree = False
        print("disagree at", n)
        break
print("trial division agrees:", agree)

goldbach = {}
prime_set = set(primes)
for even in range(4, 101, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach 100:", goldbach[100], "goldbach 98:", goldbach[98])
print("mersenne exponents:", end=" ")
for e in range(2, 20):
    if is_prime_trial(2 ** e - 1):
        print(e, end=" ")
print()
