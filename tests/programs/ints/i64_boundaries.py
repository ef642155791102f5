# Arithmetic right at the signed 64-bit boundaries must not wrap.
MAX = 2 ** 63 - 1
MIN = -(2 ** 63)
print(MAX, MIN)
print(MAX + 1, MIN - 1)
print(2 ** 63 - 1 + 1)
print(-(2 ** 63))
print(abs(-2 ** 63), abs(MIN), -MIN)
print(MIN // -1, MIN % -1, MIN * -1)
print(MAX * 2, MAX * MAX, MIN * MIN)
print(MAX - MIN, MIN - MAX)
print(MIN + MAX, MAX + MIN + 1)
print(MIN // 2, MIN // 3, MIN % 3, MAX // -3, MAX % -3)
print(2 ** 62 + 2 ** 62, 2 ** 62 * 2, 2 ** 62 * 4)
print(4611686018427387904 * 2, 3037000500 * 3037000500, 3037000499 * 3037000499)
print(-9223372036854775807 - 1, -9223372036854775807 - 2)
print(9223372036854775807 + 9223372036854775807)
print(MAX + 1 - 1 == MAX, type(MAX + 1))
print(-MAX - 1 == MIN, -(MIN + 1) == MAX)
print(MAX << 1, MIN << 1, MAX >> 62, MIN >> 62, MIN >> 63, MIN >> 64)
print(2 ** 64 // 2 ** 32, 2 ** 64 % 1000, (2 ** 64) // 3)
x = MAX - 5
for i in range(10):
    x += 1
    print(x)
y = MIN + 5
for i in range(10):
    y -= 1
    print(y)
z = 1
for i in range(70):
    z *= 2
print(z, z // 2 ** 69)
print(abs(MIN) - 1 == MAX, hex(MIN), hex(MAX + 1))
