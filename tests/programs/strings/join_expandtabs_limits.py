# str.join measures before it builds (type errors first, then MemoryError); expandtabs takes
# a C int tab size.
big = "a" * 10**6
for expr in ("','.join([big] * 10**6)", "','.join([big] * 10**6 + [1])", "'-'.join(['a', 'b', 'c'])",
             "''.join([])", "'ab'.join('xyz')", "'\\t'.expandtabs(10**12)", "'a\\tb'.expandtabs(2**31)",
             "'a\\tb'.expandtabs(2**20)[:3]", "'a\\tb'.expandtabs(-2**31 - 1)", "'a\\tb'.expandtabs(2.5)",
             "'a\\tb'.expandtabs(-3)", "'a\\tbc\\td'.expandtabs(3)", "'a\\tb'.expandtabs(tabsize=2)",
             "('\\t' * 10**6).expandtabs(2**31 - 1)"):
    try:
        r = eval(expr)
        print(expr, repr(r) if len(r) < 50 else len(r))
    except (MemoryError, OverflowError, TypeError) as e:
        print(expr, type(e).__name__, e)
