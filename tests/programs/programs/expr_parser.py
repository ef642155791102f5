# A recursive-descent arithmetic expression parser and evaluator.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("num", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text[i:i + 2] in ("**", "//"):
            tokens.append(("op", text[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("end", None))
    return tokens


def parse_expr(tokens, pos, env):
    value, pos = parse_term(tokens, pos, env)
    while tokens[pos][1] in ("+", "-"):
        op = tokens[pos][1]
        rhs, pos = parse_term(tokens, pos + 1, env)
        value = value + rhs if op == "+" else value - rhs
    return value, pos


def parse_term(tokens, pos, env):
    value, pos = parse_unary(tokens, pos, env)
    while tokens[pos][1] in ("*", "/", "//", "%"):
        op = tokens[pos][1]
        rhs, pos = parse_unary(tokens, pos + 1, env)
        if op == "*":
            value *= rhs
        elif op == "/":
            value /= rhs
        elif op == "//":
            value //= rhs
        else:
            value %= rhs
    return value, pos


def parse_unary(tokens, pos, env):
    if tokens[pos][1] == "-":
        value, pos = parse_unary(tokens, pos + 1, env)
        return -value, pos
    return parse_power(tokens, pos, env)


def parse_power(tokens, pos, env):
    base, pos = parse_atom(tokens, pos, env)
    if tokens[pos][1] == "**":
        exp, pos = parse_unary(tokens, pos + 1, env)
        return base ** exp, pos
    return base, pos


def parse_atom(tokens, pos, env):
    kind, val = tokens[pos]
    if kind == "num":
        return val, pos + 1
    if kind == "name":
        return env[val], pos + 1
    if val == "(":
        value, pos = parse_expr(tokens, pos + 1, env)
        return value, pos + 1
    return None, pos


def evaluate(text, env):
    value, pos = parse_expr(tokenize(text), 0, env)
    return value


env = {"x": 7, "y": -3, "big": 2 ** 64, "half": 0.5}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "7 // 2", "-7 // 2",
         "-7 % 3", "7 / 2", "x * y + 1", "big * big", "big // 3 + x", "half * 4", "2 ** -1",
         "((((1))))", "1.5 + 2.25 * 2", "x % y", "10 - 4 - 3", "2 * (3 + 4) ** 2 // 5"]
for t in tests:
    print(f"{t:<24} = {evaluate(t, env)!r}")
print(tokenize("a1 + 22 ** 3.5")[:5])
