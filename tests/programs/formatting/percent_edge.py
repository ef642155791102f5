# More % formatting corners.
print("%5s|%-5s|%5d|%-5d|%05.1f|" % ("ab", "ab", -3, -3, -2.25))
print("%.2e %.0e %g %g %g" % (123456.0, 5.5, 1e-5, 0.0001, 1e16))
print("%s %r %s %r" % ("x", "x", None, None), "%s" % ((1, 2),), "%s %s" % (1.0, 2))
print("%x %X %o" % (2 ** 70, 2 ** 70, 2 ** 70), "%d" % (2 ** 100), "%+.3f" % 0.0, "%.3f" % -0.0)
print("%10.4f|%-10.4f|%+10.4f|" % (3.14159265, 3.14159265, 3.14159265))
print("%3d%%" % 50, "100%%" % (), "%s%%%s" % ("a", "b"))
template = "%-8s %4d %7.3f"
for i, name in enumerate(["one", "two", "three"]):
    print(template % (name, i * 11, i / 7))
