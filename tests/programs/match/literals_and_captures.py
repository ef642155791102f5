# Literal, singleton, value, capture, wildcard, as- and or-patterns; guards; bindings.


class Color:
    RED = "red"
    GREEN = "green"


class Consts:
    LIMIT = 10
    NAME = "limit"


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Consts.LIMIT | Consts.NAME:
            return "the limit"
        case 2 | 3 | 4 as small:
            return f"small {small}"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case other:
            return f"other {other!r}"


for v in [0, -1, 1.5, "hello", None, True, False, 1, Color.RED, Color.GREEN, 10,
          
          "limit", 2, 3, 4, 5, 101, 1000, "abcd", "ab", 0.0, [], (1,)]:
    print(repr(v), "->", describe(v))

# 1 == True and 0 == False, but True/False/None patterns use `is`.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is 1")

# Captures are bound in the enclosing scope and visible after the match.
match (1, 2):
    case (a, b):
        pass
print("after match:", a, b)

# A failed case binds nothing (captures are stored only when the whole pattern matches).
c = "unset"
match [5, 2]:
    case [c, 1]:
        print("matched")
    case _:
        print("no match, c =", c)


def closure_capture(v):
    match v:
        case [first, *rest]:
            pass
        case _:
            first, rest = None, None

    def show():
        return f"first={first} rest={rest}"

    return show


print(closure_capture([1, 2, 3])())
print(closure_capture("xyz")())


def nested_closure():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case ("add", total_inc):
                total += total_inc
            case ("reset",):
                total = 0

    for it in [("add", 3), ("add", 4), ("reset",), ("add", 10)]:
        add(it)
    return total


print("nonlocal:", nested_closure())

# Guards see the captures; a failed guard falls through to the next case.
for p in [(1, 1), (1, 2), (3, -3)]:
    match p:
        case (x, y) if x == y:
            print(p, "diagonal")
        case (x, y) if x == -y:
            print(p, "anti-diagonal")
        case (x, y):
            print(p, "elsewhere", x, y)

# Or-patterns binding names in different orders.
for p in [[1, "a"], ("b", 2), [3, 3]]:
    match p:
        case [int(n), str(s)] | [str(s), int(n)]:
            print("pair", n, s)
        case _:
            print("not a pair", p)

# Default with a guard.
for v in [1, 2]:
    match v:
        case 5:
            print("five")
        case _ if v == 1:
            print("one via default guard")
    print("done", v)

# Match statement with no matching case and no default.
match 42:
    case 1:
        print("never")
print("no case matched")

# `match` and `case` remain usable as names.
match = 3
case = 4
print(match + case)
