# float()/int() parsing and float repr corners.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in [" 1_000.5e-3 ", "-iNfInity", "+nan", "1__0", "_1", "1_", "0x10", "１.５", "١٢.٥", "1e500", "-1e-500",
          "", "  ", ".5", "5.", ".", "1e", "1e+", "infinit", "\u20031.5\u2003", "1.5\x00"]:
    show(lambda: float(s))
for s, base in [("  -0b_1010 ", 0), ("0_7", 0), ("07", 0), ("00", 0), ("1__0", 10), ("١٢٣", 10), ("z", 36),
                ("9", 8), ("0x", 16), ("0x1f", 16), ("0X_1F", 0), ("1f", 16), ("10", 1), ("10", 37), ("-", 10),
                (" +12 ", 10), ("1 2", 10), ("12\u3000", 10)]:
    show(lambda: int(s, base))
show(lambda: int(5, 10))
show(lambda: int("10", 2.0))
show(lambda: len(str(int("9" * 4300))))
show(lambda: int("9" * 4301))
show(lambda: str(10 ** 4300))
show(lambda: int(1e20))
show(lambda: int(-1.5e300) % 10 ** 9)
show(lambda: int(float("nan")))
show(lambda: int(float("-inf")))
for x in [1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1 + 0.2, -0.0, 5e-324, 1.7976931348623157e308,
          2.0 ** 63, 1 / 3, 100.0, 1e22, 1e23, 9.999999999999999e22]:
    print(repr(x), str(x), x.is_integer())
