# A JSON parser and serializer written from scratch, with error positions and round-trips.
class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WHITESPACE = " \t\n\r"


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in WHITESPACE:
            self.pos += 1

    def decode(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        c = self.text[self.pos]
        if c == "{":
            return self.object()
        if c == "[":
            return self.array()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("Expecting value")

    def object(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "}":
                return result
            if c != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def array(self):
        self.pos += 1
        items = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "]":
                return items
            if c != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string")
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    hexdigits = self.text[self.pos + 2:self.pos + 6]
                    out.append(chr(int(hexdigits, 16)))
                    self.pos += 6
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape")
                out.append(ESCAPES[esc])
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.text[self.pos:self.pos + 1] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.text[self.pos:self.pos + 1] in ("e", "E"):
            is_float = True
            self.pos += 1
            if self.text[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        literal = self.text[start:self.pos]
        return float(literal) if is_float else int(literal)


def loads(text):
    return Decoder(text).decode()


def encode_string(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or ord(c) > 0x7E:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, level=0, sort_keys=False):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[" + sep.join(parts) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + encode_string(k) + ": " + dumps(value[k], indent, level + 1, sort_keys))
        return "{" + sep.join(parts) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


doc = """
{
  "name": "pyjit",
  "version": [0, 1, 2],
  "stable": false,
  "ratio": 0.75,
  "big": 12345678901234567890,
  "exp": 1.5e3,
  "nested": {"a": {"b": {"c": [1, [2, [3, []]]]}}, "empty": {}},
  "text": "line\\nbreak \\"quoted\\" tab\\t unicode \\u00e9",
  "nothing": null
}
"""
data = loads(doc)
print(data["name"], data["version"], data["stable"], data["ratio"], data["big"], data["exp"])
print(data["nested"]["a"]["b"]["c"], data["nested"]["empty"], data["nothing"])
print(repr(data["text"]))
compact = dumps(data)
print(compact)
pretty = dumps(data, indent=2, sort_keys=True)
print(pretty)
again = loads(pretty)
print("round trip equal:", again == data, loads(compact) == data)

cases = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '{1: 2}',
    '"unterminated',
    'tru',
    '[1] x',
    '{"a": [1, 2, {"b": nul}]}',
    '"bad \\q escape"',
    '',
]
for text in cases:
    try:
        print("parsed:", loads(text))
    except JSONError as e:
        print(f"{text!r:32} -> JSONError: {e} (pos={e.pos}, is ValueError: {isinstance(e, ValueError)})")

for bad in [{"k": {1, 2}}, {3: "x"}, [object]]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

records = [{"id": i, "tags": ["t%d" % j for j in range(i % 3)], "score": i * 1.5} for i in range(5)]
text = dumps(records)
print(text)
total = sum(r["score"] for r in loads(text))
print("total score", total)
print(dumps({"s": "caf\u00e9 \u4e2d"}), loads(dumps("\u00e9\u4e2d")) == "\u00e9\u4e2d")
