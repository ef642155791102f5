"""JSON encoding and decoding (the subset's `json` module).

Behaves as CPython 3.11's `json` with its C accelerators: the same output for every
option of `dumps` (indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys,
default, cls), the same values from `loads` (hooks included) and the same errors, down
to the positions `JSONDecodeError` reports. Written from the JSON grammar and CPython's
documented behaviour; one module here where CPython has a package (`json.decoder`,
`json.encoder`), so the error class says it lives in `json.decoder`, as CPython's does.
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_INF = float("inf")


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: `msg`, `doc`, `pos`, `lineno`, `colno`."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------------------
# Encoding

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
            "\t": "\\t"}


def _escape_char(c, ascii_only):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7E):
        if n < 0x10000:
            return "\\u%04x" % n
        n -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))
    return c


def _encode_str(s, ascii_only):
    # Most strings need no escape: test before building a new one.
    plain = True
    for c in s:
        if c in _ESCAPES or c < " " or (ascii_only and c > "~"):
            plain = False
            break
    if plain:
        return '"' + s + '"'
    return '"' + "".join([_escape_char(c, ascii_only) for c in s]) + '"'


def _float_str(o, allow_nan, c_style):
    if o != o:
        text = "NaN"
    elif o == _INF:
        text = "Infinity"
    elif o == -_INF:
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        # CPython's C encoder (one-shot `dumps` without indent) omits the value; its
        # Python encoder (indent, `dump`, `iterencode`) names it.
        if c_style:
            raise ValueError("Out of range float values are not JSON compliant")
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


def _mapping_items(o):
    """The items of a dict, or of one of the `collections` dicts (dict subclasses in CPython,
    ordinary classes here), else None."""
    if isinstance(o, dict):
        return list(o.items())
    cls = type(o)
    if getattr(cls, "__module__", None) == "collections":
        import collections

        if isinstance(o, (collections.OrderedDict, collections.defaultdict, collections.Counter)):
            return list(o.items())
    return None


def _sequence_items(o):
    """The items of a list or tuple (a namedtuple counts: a tuple subclass in CPython)."""
    if isinstance(o, (list, tuple)):
        return o
    cls = type(o)
    if getattr(cls, "_fields", None) is not None and hasattr(cls, "_make"):
        import collections

        if isinstance(o, collections._NamedTupleBase):
            return tuple(o)
    return None


class JSONEncoder:
    """Encodes Python values as JSON text; override `default` for other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        # Which of CPython's two encoders this call stands for: their messages differ.
        self._c_style = _one_shot and indent is None
        chunks = []
        markers = {} if self.check_circular else None
        try:
            self._encode(o, 0, indent, markers, chunks)
        except RecursionError:
            if self._c_style:
                raise RecursionError(
                    "maximum recursion depth exceeded while encoding a JSON object") from None
            # (The Python encoder's first call at each level is an isinstance.)
            raise RecursionError(
                "maximum recursion depth exceeded in __instancecheck__") from None
        return chunks

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_str(key, self.allow_nan, self._c_style)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not "
                        + key.__class__.__name__)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _encode(self, o, level, indent, markers, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan, self._c_style))
        else:
            seq = _sequence_items(o)
            if seq is not None:
                self._encode_list(o, seq, level, indent, markers, out)
                return
            items = _mapping_items(o)
            if items is not None:
                self._encode_dict(o, items, level, indent, markers, out)
                return
            self._enter(o, markers)
            self._encode(self.default(o), level, indent, markers, out)
            if markers is not None:
                del markers[id(o)]

    def _open(self, bracket, level, indent, out):
        """Start a non-empty container: its bracket and, when indenting, its first line;
        gives the item separator and the items' level."""
        if indent is None:
            out.append(bracket)
            return self.item_separator, level
        level += 1
        newline = "\n" + indent * level
        out.append(bracket + newline)
        return self.item_separator + newline, level

    def _close(self, o, bracket, level, indent, markers, out):
        if indent is not None:
            out.append("\n" + indent * (level - 1))
        out.append(bracket)
        if markers is not None:
            del markers[id(o)]

    def _encode_list(self, o, seq, level, indent, markers, out):
        if not seq:
            out.append("[]")
            return
        self._enter(o, markers)
        sep, level = self._open("[", level, indent, out)
        first = True
        for v in seq:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, level, indent, markers, out)
        self._close(o, "]", level, indent, markers, out)

    def _encode_dict(self, o, items, level, indent, markers, out):
        if not items:
            out.append("{}")
            return
        self._enter(o, markers)
        if self.sort_keys:
            items = sorted(items)
        sep, level = self._open("{", level, indent, out)
        first = True
        for key, v in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(v, level, indent, markers, out)
        self._close(o, "}", level, indent, markers, out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ---------------------------------------------------------------------------------------
# Decoding

_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
             "t": "\t"}
_CONSTANTS = {"NaN": float("nan"), "Infinity": _INF, "-Infinity": -_INF}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _NoValue(Exception):
    """No JSON value starts at `pos` (CPython's scanner raises StopIteration)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


class JSONDecoder:
    """Decodes JSON text into Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        self._inner = "object"
        try:
            return self._value(s, idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", s, e.pos) from None
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded while decoding a JSON "
                                 + self._inner + " from a unicode string") from None

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            self._inner = "object"
            return self._object(s, i + 1)
        if c == "[":
            self._inner = "array"
            return self._array(s, i + 1)
        if c == "n" and s[i:i + 4] == "null":
            return None, i + 4
        if c == "t" and s[i:i + 4] == "true":
            return True, i + 4
        if c == "f" and s[i:i + 5] == "false":
            return False, i + 5
        if c == "N" and s[i:i + 3] == "NaN":
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s[i:i + 8] == "Infinity":
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s[i:i + 9] == "-Infinity":
            return self.parse_constant("-Infinity"), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        n = len(s)
        start = i
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and s[i] in "123456789":
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, end):
        """The string whose opening quote is at `end - 1`; returns it and the index after
        its closing quote."""
        begin = end - 1
        n = len(s)
        parts = []
        while True:
            i = end
            while i < n:
                c = s[i]
                if c == '"' or c == "\\":
                    break
                if c < " " and self.strict:
                    raise JSONDecodeError("Invalid control character at", s, i)
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if i > end:
                parts.append(s[end:i])
            if s[i] == '"':
                return "".join(parts), i + 1
            i += 1  # past the backslash
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c != "u":
                ch = _UNESCAPE.get(c)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                parts.append(ch)
                end = i + 1
                continue
            i += 1
            end = i + 4
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
            code = self._hex4(s, i)
            if 0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
                low = self._hex4(s, end + 2)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    end += 6
            parts.append(chr(code))

    def _hex4(self, s, i):
        digits = s[i:i + 4]
        for d in digits:
            if d not in _HEX:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        return int(digits, 16)

    def _object(self, s, end):
        pairs = []
        n = len(s)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == "}":
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self._value(s, end)
            except _NoValue as e:
                raise JSONDecodeError("Expecting value", s, e.pos) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except _NoValue as e:
                raise JSONDecodeError("Expecting value", s, e.pos) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                return values, end
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                        f"not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
