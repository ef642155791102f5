# The format-spec mini-language's corners: grouping with zero padding, 'z', '=' alignment,
# fills, '%' and 'n', int-to-float presentation types, and the exact error messages.
def show(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for spec in ["010,", "09,", "012_x", "#012_b", "=+10", "*^+9", "0>6", "<05", ",d", "_o", "#X", "c", "^5c", "e", ".2%", "n", "g"]:
    for v in [0, -1234, 1234567, 255, 2 ** 70]:
        show(v, spec)
for spec in ["", ".3", ".0", "#.0e", "#.0f", "z.1f", "z", "+.2e", "012,.2f", "=+12.3f", ",", "_.3f", "%", ".1%", "g", ".12g", "#g", "n", "F", "E", ".0%"]:
    for v in [0.0, -0.0, -0.04, 1e16, 1234567.891, 0.0001, 2.675, 1e-7, float("inf"), float("nan")]:
        show(v, spec)
for spec in ["^10", "x^10", ".2", "05", "é>5", "<3", ".0"]:
    show("abc", spec)
show(True, "")
show(True, ">5")
show(True, "#x")
show(False, ".2f")
for v, spec in [(1, ".2"), (1, "z"), (1, ",s"), (1, "_n"), (1, ",c"), (65, "+c"), (65, "#c"), (2 ** 70, "c"), (-1, "c"),
                (1.5, "x"), (1.5, "d"), (1.5, ",_"), (1.5, "."), ("a", "+"), ("a", " "), ("a", "#"), ("a", "z"), ("a", "=5"),
                ("a", ","), ("a", "d"), (1, "abc"), (True, "q"), (True, "ab"), (10 ** 5000, ",")]:
    show(v, spec)
print(f"{12345.678:>15,.2f}|{-42:+06d}|{255:#x}|{3.14159:.3}|{'hi':*^8}|{1e100:g}|{-0.0:z.2f}")
print("{:,}|{:_}|{:010.3f}|{:^+9.1e}".format(10 ** 20, 2 ** 40, -3.14159, 12345.6789))
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'left':<{width}}|{7:0{width}d}")
