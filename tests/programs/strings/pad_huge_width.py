# ljust/rjust/center/zfill with widths that cannot be allocated or do not fit an index.
for expr in ("'x'.ljust(10**12)", "'x'.rjust(10**12, '-')", "'x'.center(10**12)",
             "'1'.zfill(10**12)", "'x'.ljust(2**70)", "'x'.ljust(-2**70)", "'x'.zfill(2**70)",
             "'a'.rjust(3.0)", "'x'.ljust(-5)", "'-5'.zfill(6)", "'ab'.center(7, '*')"):
    try:
        print(expr, repr(eval(expr)))
    except (MemoryError, OverflowError, TypeError) as e:
        print(expr, type(e).__name__, e)
