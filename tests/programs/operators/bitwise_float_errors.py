# Bitwise operators and shifts are int-only; the error names the operands' own types.
for a, b in [(True, 1.5), (2.5, False), (1, 2.0), (1.0, 1), (True, True), (False, 3)]:
    for op in ("|", "&", "^", "<<", ">>"):
        try:
            print(a, op, b, "=", eval(f"a {op} b"))
        except TypeError as e:
            print(e)
