# center, ljust, rjust and zfill.
for w in ["a", "ab", "abc", "abcd", "", "toolongword"]:
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, ".") + "]",
          "[" + w.rjust(5, "-") + "]", "[" + w.center(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3), "-".zfill(4))
print("3.14".zfill(8), "-3.14".zfill(8))
for n in [1, 22, 333, 4444]:
    print(str(n).rjust(6), str(n).ljust(6) + "|", str(n).zfill(6), str(n).center(8, "~"))
