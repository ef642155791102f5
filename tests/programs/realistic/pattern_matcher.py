# A tiny regex engine (literals, ., [], [^], *, +, ?, ^, $, |, groups) compiled to an NFA of
# node objects and run by backtracking, plus a glob matcher with ** support.
class PatternError(Exception):
    def __init__(self, pattern, pos, msg):
        super().__init__(f"{msg} at position {pos} in {pattern!r}")


class Node:
    def match(self, text, i, k):
        raise NotImplementedError


class Char(Node):
    def __init__(self, test, label):
        self.test = test
        self.label = label

    def match(self, text, i, k):
        return i < len(text) and self.test(text[i]) and k(i + 1)

    def __repr__(self):
        return self.label


class Seq(Node):
    def __init__(self, parts):
        self.parts = parts

    def match(self, text, i, k):
        def step(idx, pos):
            if idx == len(self.parts):
                return k(pos)
            return self.parts[idx].match(text, pos, lambda p: step(idx + 1, p))
        return step(0, i)

    def __repr__(self):
        return "".join(map(repr, self.parts))


class Alt(Node):
    def __init__(self, options):
        self.options = options

    def match(self, text, i, k):
        return any(o.match(text, i, k) for o in self.options)

    def __repr__(self):
        return "(" + "|".join(map(repr, self.options)) + ")"


class Repeat(Node):
    def __init__(self, node, lo, hi):
        self.node, self.lo, self.hi = node, lo, hi

    def match(self, text, i, k):
        def attempt(count, pos):
            if self.hi is None or count < self.hi:
                # greedy: try one more first; guard against empty loops
                if self.node.match(text, pos, lambda p: p != pos and attempt(count + 1, p)):
                    return True
            return count >= self.lo and k(pos)
        return attempt(0, i)

    def __repr__(self):
        sym = {(0, None): "*", (1, None): "+", (0, 1): "?"}[(self.lo, self.hi)]
        return f"{self.node!r}{sym}"


class Anchor(Node):
    def __init__(self, at_start):
        self.at_start = at_start

    def match(self, text, i, k):
        ok = i == 0 if self.at_start else i == len(text)
        return ok and k(i)

    def __repr__(self):
        return "^" if self.at_start else "$"


class RegexParser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def fail(self, msg):
        raise PatternError(self.p, self.i, msg)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            self.fail("unbalanced parenthesis")
        return node

    def alternation(self):
        options = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Alt(options)

    def sequence(self):
        parts = []
        while self.peek() not in (None, "|", ")"):
            parts.append(self.repeat())
        return Seq(parts)

    def repeat(self):
        atom = self.atom()
        c = self.peek()
        if c in ("*", "+", "?"):
            if isinstance(atom, Anchor):
                self.fail("nothing to repeat")
            self.i += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            return Repeat(atom, lo, hi)
        return atom

    def atom(self):
        c = self.peek()
        self.i += 1
        if c == "(":
            node = self.alternation()
            if self.peek() != ")":
                self.fail("missing )")
            self.i += 1
            return node
        if c == "[":
            return self.char_class()
        if c == ".":
            return Char(lambda ch: ch != "\n", ".")
        if c == "^":
            return Anchor(True)
        if c == "$":
            return Anchor(False)
        if c in ("*", "+", "?"):
            self.i -= 1
            self.fail("nothing to repeat")
        if c == "\\":
            esc = self.peek()
            if esc is None:
                self.fail("bad escape (end of pattern)")
            self.i += 1
            classes = {"d": (str.isdigit, "\\d"), "w": (lambda ch: ch.isalnum() or ch == "_", "\\w"),
                       "s": (str.isspace, "\\s")}
            if esc in classes:
                return Char(*classes[esc])
            return Char(lambda ch, e=esc: ch == e, "\\" + esc)
        return Char(lambda ch, lit=c: ch == lit, c)

    def char_class(self):
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        ranges = []
        start = self.i
        while self.peek() != "]":
            if self.peek() is None:
                self.i = start - 1
                self.fail("unterminated character set")
            lo = self.p[self.i]
            if self.p[self.i + 1:self.i + 2] == "-" and self.p[self.i + 2:self.i + 3] not in ("]", ""):
                hi = self.p[self.i + 2]
                self.i += 3
            else:
                hi = lo
                self.i += 1
            ranges.append((lo, hi))
        self.i += 1
        label = "[" + ("^" if negate else "") + "".join(a if a == b else f"{a}-{b}" for a, b in ranges) + "]"
        return Char(lambda ch: any(a <= ch <= b for a, b in ranges) != negate, label)


class Regex:
    cache = {}

    def __init__(self, pattern):
        self.pattern = pattern
        self.node = RegexParser(pattern).parse()

    @classmethod
    def compile(cls, pattern):
        if pattern not in cls.cache:
            cls.cache[pattern] = cls(pattern)
        return cls.cache[pattern]

    def fullmatch(self, text):
        return self.node.match(text, 0, lambda i: i == len(text))

    def search(self, text):
        for start in range(len(text) + 1):
            end = []
            if self.node.match(text, start, lambda i: end.append(i) or True):
                return (start, end[0], text[start:end[0]])
        return None


def glob_to_regex(glob):
    out, i = ["^"], 0
    while i < len(glob):
        c = glob[i]
        if glob.startswith("**/", i):
            out.append("(.*/)?")
            i += 3
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = glob.index("]", i)
            body = glob[i + 1:j]
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = j
        elif c in ".+()|^$\\":
            out.append("\\" + c)
        else:
            out.append(c)
        i += 1
    out.append("$")
    return "".join(out)


tests = [
    ("a*b", ["b", "ab", "aaab", "aac"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("(ab|cd)+e", ["abe", "cdabe", "e", "abcde"]),
    ("[a-c]+[^0-9]", ["abcx", "ab1", "d!"]),
    ("\\d\\d:\\d\\d", ["12:30", "1:30", "99:99"]),
    ("(a*)*b", ["aaaab", "aaaa"]),
    ("h.llo|w\\w+d", ["hello", "hallo", "world", "wd"]),
]
for pattern, texts in tests:
    rx = Regex.compile(pattern)
    print(f"{pattern:14} {rx.node!r:28}", " ".join(f"{t}={'Y' if rx.fullmatch(t) else 'n'}" for t in texts))

for pattern, text in [("\\d+", "order 66 shipped"), ("b[aeiou]+t", "a boat and a bit"),
                      ("^ab", "cab"), ("x$", "box x"), ("z+", "none here")]:
    print(f"search {pattern!r} in {text!r}:", Regex(pattern).search(text))

for bad in ["(ab", "a)", "*a", "[abc", "a|+", "ab\\"]:
    try:
        Regex(bad)
        print("compiled?!", bad)
    except PatternError as e:
        print("PatternError:", e)

files = ["src/main.py", "src/util/io.py", "src/util/io.pyc", "README.md", "docs/a.md",
         "docs/deep/b.md", "test_1.py", "test_22.py", "data/x1.csv", "data/y2.csv"]
for glob in ["*.py", "src/*.py", "src/**/*.py", "**/*.md", "test_?.py", "data/[x]*.csv",
             "data/[!x]?.csv", "*"]:
    rx = Regex.compile(glob_to_regex(glob))
    print(f"{glob:16} -> {[f for f in files if rx.fullmatch(f)]}")
print("cached patterns:", len(Regex.cache))
