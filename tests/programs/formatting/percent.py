# printf-style % formatting.
print("%d %s %r %5.2f %-5d| %x %o %e %g %%" % (42, "str", "repr", 3.14159, 7, 255, 8, 12345.678, 0.0001))
print("%s" % "single", "%d" % 5, "%r" % (1,), "%s" % (None,), "%s" % [1, 2], "%s and %s" % ("a", "b"))
print("%i %X %05d %+d %+d % d %.3s| %10s| %-10s|" % (3, 255, 42, 5, -5, 7, "abcdef", "right", "left"))
print("%5.1f|%-8.3f|%08.2f|%.0f|%.0f|%.0f" % (3.14159, 2.5, -3.5, 0.5, 1.5, 2.5))
print("%e|%.2e|%E|%g|%G|%g|%g" % (1234.5, 0.000123, 1e20, 1e-5, 1e-20, 123456789.0, 100.0))
print("%c%c%c" % (72, 105, 33), "%c" % "x", "%x %#x %#o %o" % (-255, 255, 8, -8))
print("%d" % 3.9, "%d" % -3.9, "%i" % True, "%s" % True, "%r" % "it's", "%s" % 1e16, "%r" % 0.1)
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%s|%5s|%-5s|%.1s" % ("é", "日本", "ab", "xyz"))
for i in range(1, 6):
    print("%3d %6.2f %5s%%" % (i, i / 3, i * 20))
