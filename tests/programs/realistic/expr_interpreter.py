# A small expression language: tokenizer, recursive-descent parser, tree-walking evaluator.
class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = self.args[0]
        return base if self.pos is None else f"{base} at position {self.pos}"


class TokenizeError(LangError):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
SYMBOLS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "(", ")", "<", ">", "=", ","]


def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            start = i
            while i < len(src) and src[i].isdigit():
                i += 1
            yield Token("num", int(src[start:i]), start)
            continue
        if c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("kw" if word in KEYWORDS else "name", word, start)
            continue
        for sym in SYMBOLS:
            if src.startswith(sym, i):
                yield Token("op", sym, i)
                i += len(sym)
                break
        else:
            raise TokenizeError(f"unexpected character {c!r}", i)
    yield Token("eof", None, len(src))


# AST nodes are tuples: ("num", n) ("var", name) ("bin", op, l, r) ("neg", e)
# ("let", name, value, body) ("if", c, t, e) ("fn", params, body) ("call", f, args)
class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept(self, kind, value=None):
        tok = self.peek()
        if tok.kind == kind and (value is None or tok.value == value):
            self.i += 1
            return tok
        return None

    def expect(self, kind, value=None):
        tok = self.accept(kind, value)
        if tok is None:
            got = self.peek()
            want = value if value is not None else kind
            raise ParseError(f"expected {want!r}, got {got.value!r}", got.pos)
        return tok

    def parse(self):
        e = self.expr()
        self.expect("eof")
        return e

    def expr(self):
        if self.accept("kw", "let"):
            name = self.expect("name").value
            self.expect("op", "=")
            value = self.expr()
            self.expect("kw", "in")
            return ("let", name, value, self.expr())
        if self.accept("kw", "if"):
            c = self.expr()
            self.expect("kw", "then")
            t = self.expr()
            self.expect("kw", "else")
            return ("if", c, t, self.expr())
        if self.accept("kw", "fn"):
            params = []
            while not self.accept("op", "->"):
                params.append(self.expect("name").value)
            return ("fn", tuple(params), self.expr())
        return self.comparison()

    def binary(self, ops, sub):
        left = sub()
        while self.peek().kind == "op" and self.peek().value in ops:
            op = self.next().value
            left = ("bin", op, left, sub())
        return left

    def comparison(self):
        return self.binary({"==", "!=", "<", ">", "<=", ">="}, self.additive)

    def additive(self):
        return self.binary({"+", "-"}, self.term)

    def term(self):
        return self.binary({"*", "/", "%"}, self.unary)

    def unary(self):
        if self.accept("op", "-"):
            return ("neg", self.unary())
        return self.call()

    def call(self):
        e = self.atom()
        while self.accept("op", "("):
            args = []
            if not self.accept("op", ")"):
                args.append(self.expr())
                while self.accept("op", ","):
                    args.append(self.expr())
                self.expect("op", ")")
            e = ("call", e, args)
        return e

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            return ("var", tok.value)
        if tok.kind == "op" and tok.value == "(":
            e = self.expr()
            self.expect("op", ")")
            return e
        raise ParseError(f"unexpected {tok.value!r}", tok.pos)


class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f"<fn/{len(self.params)}>"


class Env:
    def __init__(self, vars=None, parent=None):
        self.vars = vars or {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise EvalError(f"unbound variable {name!r}")

    def extend(self, **bindings):
        return Env(bindings, self)


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
}


def evaluate(node, env, depth=0):
    if depth > 200:
        raise EvalError("recursion too deep")
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.lookup(node[1])
    if kind == "neg":
        return -evaluate(node[1], env, depth + 1)
    if kind == "bin":
        _, op, l, r = node
        a, b = evaluate(l, env, depth + 1), evaluate(r, env, depth + 1)
        try:
            return OPS[op](a, b)
        except ZeroDivisionError:
            raise EvalError("division by zero") from None
        except TypeError as e:
            raise EvalError(f"bad operands for {op}") from e
    if kind == "let":
        _, name, value, body = node
        return evaluate(body, env.extend(**{name: evaluate(value, env, depth + 1)}), depth + 1)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env, depth + 1) else node[3], env, depth + 1)
    if kind == "fn":
        return Closure(node[1], node[2], env)
    if kind == "call":
        f = evaluate(node[1], env, depth + 1)
        args = [evaluate(a, env, depth + 1) for a in node[2]]
        if callable(f):
            return f(*args)
        if not isinstance(f, Closure):
            raise EvalError(f"cannot call {f!r}")
        if len(args) != len(f.params):
            raise EvalError(f"expected {len(f.params)} args, got {len(args)}")
        return evaluate(f.body, Env(dict(zip(f.params, args)), f.env), depth + 1)
    raise EvalError(f"unknown node {kind}")


def show(node):
    kind = node[0]
    if kind in ("num", "var"):
        return str(node[1])
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if kind == "let":
        return f"let {node[1]} = {show(node[2])} in {show(node[3])}"
    if kind == "if":
        return f"if {show(node[1])} then {show(node[2])} else {show(node[3])}"
    if kind == "fn":
        return f"fn {' '.join(node[1])} -> {show(node[2])}"
    return f"{show(node[1])}({', '.join(show(a) for a in node[2])})"


GLOBAL = Env({"max": max, "min": min, "abs": abs})
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "-4 + 10 % 3",
    "let x = 5 in x * x - 1",
    "let sq = fn n -> n * n in sq(7) + sq(2)",
    "if 3 > 2 then 100 else 200",
    "let fact = fn f n -> if n <= 1 then 1 else n * f(f, n - 1) in fact(fact, 10)",
    "let fib = fn f n -> if n < 2 then n else f(f, n - 1) + f(f, n - 2) in fib(fib, 15)",
    "max(3, 9, 4) - min(8, 2)",
    "let add = fn a -> fn b -> a + b in add(2)(40)",
    "abs(-17) == 17",
    "1 / 0",
    "y + 1",
    "1 + * 2",
    "let x = 3 x",
    "2 $ 3",
    "let f = fn a b -> a in f(1)",
    "5(3)",
    "let loop = fn f -> f(f) in loop(loop)",
]
for src in programs:
    try:
        tree = Parser(src).parse()
        result = evaluate(tree, GLOBAL)
        print(f"{src:70} => {result}")
        print(f"{'':70}    ast: {show(tree)}")
    except LangError as e:
        print(f"{src:70} !! {type(e).__name__}: {e}")
print([t.kind for t in tokenize("let a = fn x -> x in a(1)")])
