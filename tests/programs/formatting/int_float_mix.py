# Default str() of numbers inside f-strings, and float specs on ints.
print(f"{1e16} {0.1 + 0.2} {1 / 3} {2 ** 70 / 3} {-0.0} {float('inf')} {10 ** 20} {True}")
print(f"{5:f} {5:e} {5:%} {5:.1f} {-5:g} {0:e} {2 ** 64:.3e} {3:.2%}")
print("{} {} {}".format(1.0, 1e22, 1.5e-7), "%s %s" % (1e16, 0.1 + 0.2))
x = 0
for i in range(1, 8):
    x += i / 4
    print(f"{i} {x} {x:.3f} {x:g} {int(x)}")
