# format() builtin with various specs.
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#b"))
print(format("hi", ">6"), format("hi", "^6") + "|", format("hi", "*<5"))
print(format(1234567, ","), format(0.25, "%"), format(1e6, ".3e"), format(7))
print(format(True), format(None), format([1, 2]), format(-3, "+d"), format(3, "+d"))
print(repr(format("x", "")), format(12.0), format(12.5, "g"))
try:
    format(3, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)


class P:
    def __format__(self, spec):
        return "P:" + (spec or "default")


print(format(P()), format(P(), "wide"), f"{P():x}")
