# Euclid's algorithm on small and big numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return abs(a * b) // gcd(a, b)


pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (12, -18), (2 ** 64, 2 ** 40 * 3),
         (3 ** 50, 3 ** 30 * 2), (123456789012345678901234567890, 987654321098765432109876543210)]
for a, b in pairs:
    print(a, b, gcd(a, b), lcm(a, b) if a and b else 0)
acc = 1
for k in range(1, 41):
    acc = lcm(acc, k)
print("lcm(1..40) =", acc)
fib = [1, 1]
for i in range(100):
    fib.append(fib[-1] + fib[-2])
print(gcd(fib[100], fib[99]), gcd(fib[100], fib[50]))
