# A match inside hot loops, so that the JIT modes record (and abort) around it.


class Add:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Num:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case [op, x, y] if op == "*":
            return evaluate(x) * evaluate(y)
        case {"neg": x}:
            return -evaluate(x)
        case int(n):
            return n


def classify(i):
    match i % 6:
        case 0:
            return "zero"
        case 1 | 2:
            return "low"
        case n if n > 4:
            return "high"
        case _:
            return "mid"


def main():
    counts = {}
    total = 0
    for i in range(3000):
        k = classify(i)
        counts[k] = counts.get(k, 0) + 1
        e = Add(Num(i), ["*", Num(2), {"neg": i % 7}])
        total += evaluate(e)
        match (i, k):
            case (int(j), "zero") if j % 1000 == 0:
                print("milestone", j)
            case (j, ("low" | "mid") as kind):
                total += 1 if kind == "low" else 2
    print(counts)
    print(total)

    acc = []
    for i in range(2000):
        match [i, i + 1, i + 2]:
            case [a, *rest] if a % 500 == 0:
                acc.append((a, rest))
            case [a, b, c]:
                pass
    print(acc, a, b, c)



def literal_loop(n):
    # Only literal, or- and capture patterns with guards: the JIT can trace this loop.
    low = mid = high = other = 0
    for i in range(n):
        match i % 10:
            case 0 | 1 | 2:
                low += 1
            case 3 | 4:
                mid += i
            case k if k > 7:
                high += k
            case _:
                other -= 1
    return low, mid, high, other


main()
print(literal_loop(5000))
