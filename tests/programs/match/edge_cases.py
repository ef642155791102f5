# Edge cases: generators, class bodies, globals, or-patterns nested with earlier captures, walrus in guards, unbound captures of failed cases.
def gen(items):
    for it in items:
        match it:
            case (a, b) | [b, a, _]:
                yield a * 10 + b
            case {"v": v}:
                yield v
print(list(gen([(1, 2), [3, 4, 5], {"v": 9}, "x"])))

class K:
    match 3:
        case int(n):
            attr = n
print(K.attr)

g = None
def setg():
    global g
    match [1, [2, 3]]:
        case [x, [y, z] | (z, y, _)] if x < y:
            g = (x, y, z)
setg(); print(g)

for s in [[1, (2, 3), 4], [1, (3, 2, 0), 4], [1, 5, 4]]:
    match s:
        case [p, (q, r) | (r, q, _), t]:
            print("A", p, q, r, t)
        case [p, *_]:
            print("B", p)

for s in [{"a": [1, 2], "b": {"c": 3}}, {"a": (0, 0), "b": {"c": 1, "d": 2}}]:
    match s:
        case {"a": [x, y] as pair, "b": {"c": c, **more}} if x < y:
            print("m1", x, y, pair, c, more)
        case {"a": [0 | 1 as z, _], **rest}:
            print("m2", z, rest)

def f(v):
    match v:
        case [1, 2] | [3, 4] as l:
            return l
        case (x, y) if (z := x + y) > 10:
            return z
    return "none"
print(f([1,2]), f((3,4)), f((6,7)), f((1,1)))

class Pt:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
def g2(v):
    match v:
        case Pt(x=0) | Pt(y=0) as p:
            return "axis", p.x, p.y
        case Pt(a, b) if a == b:
            return "diag", a
        case [Pt(x1, y1), Pt(x2, y2)]:
            return "seg", x1, y1, x2, y2
        case Pt(1 | 2 as a, b=b):
            return "kw", a, b
print(g2(Pt(0,5)), g2(Pt(3,0)), g2(Pt(4,4)), g2([Pt(1,2), Pt(3,4)]))
try:
    print(g2(Pt(1,2)))
except AttributeError as e:
    print("AE", e)
match 5.0:
    case 5:
        print("5.0 == 5")
match -0.0:
    case 0:
        print("neg zero")
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest empty", rest)
match (1, 2, 3):
    case (1, *_, 3):
        print("star wildcard")
match "abc":
    case str(x) if x.startswith("a"):
        print("str match", x)
def unbound():
    match 1:
        case 2 as y:
            pass
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
unbound()
x = [1, 2, 3]
match x:
    case [1, 2, 3, 4] | [1, 2, 3]:
        print("or of sequences")
match True:
    case 1:
        print("True == 1 value pattern")
