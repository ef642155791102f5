# str.format with positional, keyword and indexed fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=40), "{0} {x}".format(1, x=2))
print("{0[1]} {0[0]} {1[k]}".format(["zero", "one"], {"k": "dict value"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_} {:x} {:#X} {:b} {:o}".format(1, 2, 3, 4, 1234567, 7654321, 255, 255, 5, 8))
print("{:.2f} {:10.3f} {:e} {:.2e} {:g} {:%} {:.0%}".format(3.14159, 2.71828, 1234.5, 0.00012, 1e-7, 0.25, 0.333))
print("{0:>{1}} {2:.{3}f}".format("w", 6, 1.23456, 2))
print("{!r} {!s} {!r:>8}".format("q", "q", "q"))
print("{{}} {{{}}}".format("braces"))
print("{:.3} {:10.2}| {:<4}|".format("abcdef", "xyz", "é"))
row = "{:<10}{:>8}{:>10.2f}"
for name, qty, price in [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]:
    print(row.format(name, qty, qty * price))
