# Comparisons and `is` feeding a conditional jump (the interpreter fuses the pair), with
# operands of every kind: ints, floats (NaN), mixed, big ints, objects, None.
nan = float("nan")
pairs = [(1, 2), (2, 1), (2, 2), (1.5, 1.5), (nan, nan), (nan, 1.0), (1, 1.0), (2**70, 1),
         (-5, -5.5), ("a", "b"), ((1, 2), (1, 3))]
for a, b in pairs:
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if not a > b:
        out.append("not-gt")
    if a >= b:
        out.append("ge")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    while a < b:
        out.append("loop")
        a = b
    print(repr(a), repr(b), out)
x = None
for v in [None, 0, [], x]:
    if v is None:
        print("is None")
    elif v is not None:
        print("is not None", v)
n = 0
while n is not None:
    n = None if n > 3 else n + 1
    print(n)
