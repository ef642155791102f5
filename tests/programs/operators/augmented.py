# Augmented assignment on names.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 4; print(x)
x //= 2.5; print(x)
y = 0b1111
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b0011; print(y)
y <<= 70; print(y)
y >>= 69; print(y)
s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
t *= 2
print(t)
n = 1
for i in range(100):
    n *= 3
    n -= 1
    n //= 2
print(n)
f = 1.0
f -= 0.9
print(f)
