# int() parsing and truncation.
print(int('123'), int('-123'), int('+7'), int('0'), int('-0'))
print(int('  42  '), int('\t-17\n'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('-ff', 16), int('0xff', 16), int('0x1f', 0))
print(int('101', 2), int('0b101', 0), int('777', 8), int('0o777', 0), int('z', 36), int('Zz', 36))
print(int('12345678901234567890123'), int('-98765432109876543210'))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(-2.5e15))
print(int(True), int(False), int(7), int(-7))
print(int('0010'), int('00'), int('10', 10))
print(int(123456789.99), int(2.0 ** 70))
print(int('7fffffffffffffff', 16), int('8000000000000000', 16), int('-8000000000000001', 16))
vals = ['1', '22', '333', '-4444', '  55555 ']
total = 0
for v in vals:
    total += int(v)
print(total)
print(int(str(2 ** 80)) == 2 ** 80)
