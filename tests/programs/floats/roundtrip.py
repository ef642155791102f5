# repr() round-trips through float().
vals = [0.3, 1.1 * 3, 2.675, 1e-310, 4.35, 9007199254740993.0, 0.1 + 0.7, 123.456, 1 / 7,
        2 ** 0.5, 6.02214076e23, 1.602176634e-19, 299792458.0, 1e-7, 7e22, 3.141592653589793]
for v in vals:
    r = repr(v)
    back = float(r)
    print(r, back == v, len(r))
x = 1.0
for i in range(40):
    x = x * 1.7 + 0.3
    print(repr(x), float(repr(x)) == x)
