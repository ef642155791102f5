# Basic integer arithmetic with small values.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(b - a, -a * b, a * -b, -a * -b)
print(0 * a, a * 0, a - a, 0 - a)
x = 1
for i in range(1, 11):
    x = x * i + i
    print(i, x)
total = 0
for i in range(-5, 6):
    total += i * i * i
print("sum of cubes -5..5:", total)
print(1 + 2 * 3 - 4 // 2 + 5 % 3)
print((1 + 2) * (3 - 4) // 2)
print(7 - 3 - 2, 2 * 3 * 4, 100 // 10 // 3)
print(int(), int(0), -0, +5, -(-5))
n = 12345
digits = 0
s = 0
while n > 0:
    s += n % 10
    n //= 10
    digits += 1
print("digits:", digits, "digit sum:", s)
print(10 - 20, 3 * -7, -21 // 7, -21 % 7)
print(1000000 * 1000000, 999999999 * 999999999)
print(type(a + b), type(a / b), type(a // b))
