# Conditional expressions.
for n in range(-3, 4):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity, n if n > 0 else -n, (lambda: "L")() if n == 3 else "-")
calls = []
def side(v):
    calls.append(v)
    return v
r = side("yes") if side(True) else side("no")
print(r, calls)
calls.clear()
r = side("yes") if side(0) else side("no")
print(r, calls)
print([1, 2] if [] else "empty", 5 if "s" else 6, (1 if True else 2) + 10)
