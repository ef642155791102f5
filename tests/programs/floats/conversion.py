# float() conversion and int/float interplay.
print(float('3.14'), float('  -2.5e3 '), float('1_000.5'), float('.5'), float('5.'), float('-0'))
print(float(2 ** 70), float(10 ** 20), float(-(10 ** 20)), float(2 ** 53 + 1))
print(float(True), float(0), float(7), float('1e500'), float('-1e500'))
print(int(1e20), int(-2.5e15), int(1.999999), int(-1.999999), int(1e16 + 1))
print(float('  inf '), float('+nan'), float('1E5'), float('00.25'))
print(float(12345678901234567890), float(-7), float('0.1') + float('0.2'))
nums = ['1.5', '-2.25', '3', '1e2', '-0.0']
s = 0.0
for n in nums:
    s += float(n)
    print(n, float(n), s)
print(str(1.0), str(1.5), str(-2.0), str(1e100))
