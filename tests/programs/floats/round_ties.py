# round() rounds the exact binary value half to even, like CPython (dtoa-based).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.500000000000001)])
print([round(x, 2) for x in (0.125, 0.375, 2.675, 1.005, 0.285, -0.125, 5.015)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 2.25, -2.25)])
print([round(x, -1) for x in (5.0, 15.0, 25.0, -35.0, 1234.5)])
print([round(x, -2) for x in (1250.0, 1350.0, 1234.5678, 50.0, 150.0)])
print(round(1e300, -299), round(123.456, 400), round(123.456, -400), round(-0.4), round(-0.4, 0))
print(round(5e-324, 400), round(1e-320, 322), round(0.1 + 0.2, 15), round(2 ** 60 + 0.0, 3))
print([round(n, -1) for n in (5, 15, 25, 35, -25, -26, 0)])
print(round(10 ** 30 + 5 * 10 ** 10, -11), round(-(10 ** 30) - 5 * 10 ** 10, -11))
print(round(2 ** 70, -20), round(2 ** 70, 5), round(123, 2), round(True), round(True, 1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)), round(2.5, None))
show(lambda: round(2.5, 10 ** 30))
show(lambda: round(2.5, -(10 ** 30)))
show(lambda: round(1.7976931348623157e308, -308))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("inf"), 2))
show(lambda: round(1e20))
show(lambda: round(-1.5e30))
show(lambda: round(2.5, 1.0))
show(lambda: round("2.5"))


class Idx:
    def __index__(self):
        return 2


print(round(3.14159, Idx()), round(31415, Idx()), hex(Idx()), bin(-Idx()) if False else bin(Idx()))
print(hex(-255), oct(8), bin(-5), hex(2 ** 70), oct(-(2 ** 70)), hex(True))
show(lambda: hex(1.5))
