# Sequence and mapping patterns, nesting, stars, **rest, length checks, non-sequences.


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [1, _, *_]:
            return "starts with 1, at least 2"
        case (a, b):
            return f"pair {a} {b}"
        case [a, *mid, z] if mid:
            return f"first {a} middle {mid} last {z}"
        case [a, *rest]:
            return f"head {a} rest {rest}"
        case _:
            return f"not a sequence: {x!r}"


for v in [[], [7], (7,), [1, 2], [1, 2, 3], (4, 5), [4, 5, 6], [4, 5], "ab", "a", "",
          {"a": 1}, range(3), range(0), 5, {1, 2}, (1, 2, 3, 4, 5)]:
    print(repr(v), "->", seq(v))


def star_positions(x):
    match x:
        case [*init, 0]:
            return f"ends with 0 after {init}"
        case [0, *tail, 9]:
            return f"0 .. {tail} .. 9"
        case [*everything]:
            return f"all {everything}"


for v in [[0], [1, 0], [0, 1, 2, 9], (3, 4), []]:
    print(v, "->", star_positions(v))


def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, [b, [c]])]:
            return f"deep {a} {b} {c}"
        case [x1, [y1, *ys] as inner] if ys:
            return f"x1={x1} inner={inner} ys={ys} y1={y1}"
        case _:
            return None


for v in [[[1, 2], [3, 4]], [(1, [2, [3]])], [0, [1, 2, 3]], [0, [1]], [[1, 2], 3]]:
    print(v, "->", nested(v))


def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"k": None}:
            return "k is None"
        case {1: one, -2: minus_two}:
            return f"ints {one} {minus_two}"
        case {}:
            return f"some mapping of {len(m)}"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": True},
          {"type": "circle", "r": 1},
          {"type": "point", "x": 1},
          {"k": None}, {"k": 0}, {1: "a", -2: "b"}, {}, [], "str", 3]:
    print(v, "->", mapping(v))

# **rest captures a new dict; the subject is unchanged.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": bv, **others}:
        others["z"] = 26
        print(bv, others, d)

# Missing keys are no KeyError; extra keys are allowed.
match {"a": 1, "c": 3}:
    case {"a": 1, "b": _}:
        print("both")
    case {"a": av}:
        print("a only", av)

# Sequence items are matched in order; values compare with ==.
match [1.0, 2]:
    case [1, 2.0]:
        print("numeric equality")

# Mixed nesting with or-patterns inside sequences.
for cmd in [["go", "north"], ["go", "up"], ["look"], ["drop", "a", "b"], ["quit"]]:
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            print("walking", direction)
        case ["go", other]:
            print("cannot go", other)
        case ["look"] | ["l"]:
            print("looking")
        case ["drop", *objects]:
            print("dropping", objects)
        case _:
            print("unknown", cmd)
