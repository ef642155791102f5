for s in ['0x1.8p1', '  -0X.8  ', '1p-1074', '0x1.fffffffffffffp+1023', '0x1.00000000000008',
          '0x1.00000000000018', '0x1.000000000000080001', '0x0.0p+99999', '-nan', 'inf',
          '0x1.5555555555555p-2', '0x3.p-1076', '0x1p-1075', '0x1.1p-1075', 'abc', 'ABC.DEFp-3']:
    print(repr(s), float.fromhex(s))
for x in [0.1, 1e300, -2.5e-310, 3.141592653589793]:
    print(float.fromhex(x.hex()) == x, (1.0).fromhex(x.hex()))
for bad in ['', '0x', '1e5', '0x1p', 'nanx']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
for big in ['0x1p1024', '0x1.fffffffffffff8p1023']:
    try:
        float.fromhex(big)
    except OverflowError as e:
        print('OverflowError', e)
try:
    float.fromhex(1)
except TypeError as e:
    print('TypeError', e)
