# for loops over strs, ASCII and not: comparisons, break/else, an exception in the body.


def count(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def first_upper(s):
    i = 0
    for ch in s:
        if "A" <= ch <= "Z":
            break
        i += 1
    else:
        return -1
    return i


def fails(s):
    n = 0
    for ch in s:
        n += 10 // (ord(ch) - 100)
    return n


print(count("abcdef" * 60, "a"), count("abcdef" * 60, "z"))
print(count("héllo wörld ☃ " * 40, "ö"), count("☃x" * 200, "☃"))
print(count("日本語" * 100, "本"))
for k in range(5):
    print(first_upper("abcdefghij" * 30 + "Q" * k), first_upper("x" * (200 + k)))
print(fails("abc" * 100))
try:
    fails("abc" * 100 + "d")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for s in ["ab" * 100, "éa" * 100, "a" * 150]:
    print(count(s, "a"))
# The same loop over other iterables: a list, a tuple, dict keys, a str again.
for s in [list("abca" * 50), tuple("ab" * 80), {"a": 1, "b": 2}, "xa" * 90, ["a", 1, "a"] * 60]:
    try:
        print(count(s, "a"), first_upper(s))
    except TypeError as e:
        print("TypeError", e)
