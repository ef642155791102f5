"""Regular expressions (the subset's `re` module): str patterns with CPython 3.11's syntax,
semantics and error messages.

Written from the documented behaviour of `re` (and the observable behaviour of CPython's
`sre` engine where the documentation is silent: which group a repeat leaves captured, where
an error is reported). A pattern is parsed into a small tree, then compiled into closures
`f(st, i, k)`: match at index `i` of the subject, then call the continuation `k(j)` with the
end index; a closure returns whether the whole match succeeded, and undoes the group marks
it set when it fails, so backtracking needs no saved copies. A greedy repeat of a single
character item is a loop (no recursion per character), so `a*` over a long string does not
approach the recursion limit; other repeats recurse once per iteration.

Not supported (they raise NotImplementedError naming it): bytes patterns, `\\N{...}`
escapes. `re.LOCALE` is refused for str patterns, as CPython does.
"""

import sys

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG"]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE,
                 "a": ASCII, "t": TEMPLATE, "u": UNICODE}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE
_GLOBAL_FLAGS = DEBUG
_FLAG_NAMES = [(TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
               (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"), (UNICODE, "UNICODE"),
               (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"), (ASCII, "ASCII")]
_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class error(Exception):
    """A pattern (or replacement template) that does not parse: `msg`, `pattern`, `pos`,
    `lineno`, `colno`, and the message says where, as CPython's does."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


# ---------------------------------------------------------------------------------------
# Parsing: the pattern becomes a list of nodes (tuples), one list per sequence.
#   ("lit", ch) ("any",) ("in", negate, items) ("cat", name) ("at", name)
#   ("rep", min, max, kind, seq)  kind: "greedy" | "lazy" | "poss"
#   ("group", gid or None, add_flags, del_flags, seq) ("atomic", seq)
#   ("assert", behind, negate, seq) ("ref", gid) ("branch", [seq, ...])
#   ("cond", gid, seq_yes, seq_no or None)
# Class items: ("lit", ch) ("range", lo, hi) ("cat", name)

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SPECIAL = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"

_ESCAPES = {"\\a": "\a", "\\b": "\b", "\\f": "\f", "\\n": "\n", "\\r": "\r", "\\t": "\t",
            "\\v": "\v", "\\\\": "\\"}
_CATEGORIES = {"\\A": ("at", "begin_string"), "\\Z": ("at", "end_string"),
               "\\b": ("at", "boundary"), "\\B": ("at", "non_boundary"),
               "\\d": ("cat", "d"), "\\D": ("cat", "D"), "\\s": ("cat", "s"),
               "\\S": ("cat", "S"), "\\w": ("cat", "w"), "\\W": ("cat", "W")}


class _Source:
    """The pattern as tokens: one character, or a backslash and the character after it."""

    def __init__(self, string):
        self.string = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.string):
            self.next = None
            return
        char = self.string[index]
        if char == "\\":
            index += 1
            if index >= len(self.string):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += self.string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.string, self.tell() - offset)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.variable_lookbehind = False

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = _width(seq, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


def _width(seq, state):
    """The (min, max) length of what `seq` matches, as CPython computes it for look-behinds."""
    lo = hi = 0
    for node in seq:
        op = node[0]
        if op == "branch":
            i = j = None
            for alt in node[1]:
                a, b = _width(alt, state)
                i = a if i is None else min(i, a)
                j = b if j is None else max(j, b)
            lo += i
            hi += j
        elif op == "group" or op == "atomic":
            a, b = _width(node[-1], state)
            lo += a
            hi += b
        elif op == "rep":
            a, b = _width(node[4], state)
            lo += a * node[1]
            hi += b * node[2]
        elif op in ("lit", "any", "in", "cat"):
            lo += 1
            hi += 1
        elif op == "ref":
            w = state.groupwidths[node[1]]
            if w is not None:
                lo += w[0]
                hi += w[1]
        elif op == "cond":
            a, b = _width(node[2], state)
            if node[3] is not None:
                c, d = _width(node[3], state)
                a, b = min(a, c), max(b, d)
            else:
                a = 0
            lo += a
            hi += b
    return min(lo, _MAXREPEAT - 1), min(hi, _MAXREPEAT)


def _class_escape(source, escape):
    code = _ESCAPES.get(escape)
    if code is not None:
        return ("lit", code)
    code = _CATEGORIES.get(escape)
    if code is not None and code[0] == "cat":
        return code
    c = escape[1:2]
    if c == "x":
        escape += source.getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("lit", chr(int(escape[2:], 16)))
    if c == "u" or c == "U":
        n = 4 if c == "u" else 8
        escape += source.getwhile(n, _HEXDIGITS)
        if len(escape) != n + 2:
            raise source.error("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", chr(v))
    if c == "N":
        raise NotImplementedError("re: \\N{...} escapes are not supported by pyjit")
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                               len(escape))
        return ("lit", chr(v))
    if c in _DIGITS or len(escape) != 2 or c in _ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", escape[1])


def _escape(source, escape, state):
    code = _CATEGORIES.get(escape)
    if code is not None:
        return code
    code = _ESCAPES.get(escape)
    if code is not None:
        return ("lit", code)
    c = escape[1:2]
    if c == "x" or c == "u" or c == "U" or c == "N":
        return _class_escape(source, escape)
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return ("lit", chr(int(escape[1:], 8)))
    if c in _DIGITS:
        if source.next is not None and source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS
                    and source.next is not None and source.next in _OCTDIGITS):
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return ("lit", chr(v))
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return ("ref", group)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2 and c not in _ASCIILETTERS:
        return ("lit", escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _parse_sub(source, state, verbose, nested):
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
    if len(items) == 1:
        return items[0]
    return [("branch", items)]


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _FLAG_LETTERS[char]
            if char == "L":
                raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAG_LETTERS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAG_LETTERS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _parse_class(source):
    here = source.tell() - 1
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and items:
            break
        if this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            code1 = ("lit", this)
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                items.append(code1)
                items.append(("lit", "-"))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                code2 = ("lit", that)
            if code1[0] != "lit" or code2[0] != "lit" or code2[1] < code1[1]:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            items.append(("range", code1[1], code2[1]))
        else:
            items.append(code1)
    return ("in", negate, items)


def _parse(source, state, verbose, nested, first=False):
    seq = []
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            seq.append(_escape(source, this, state))
        elif this not in _SPECIAL:
            seq.append(("lit", this))
        elif this == "[":
            seq.append(_parse_class(source))
        elif this in _REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, _MAXREPEAT
            elif this == "+":
                lo, hi = 1, _MAXREPEAT
            else:
                if source.next == "}":
                    seq.append(("lit", this))
                    continue
                lo, hi = 0, _MAXREPEAT
                los = his = ""
                while source.next is not None and source.next in _DIGITS:
                    los += source.get()
                if source.match(","):
                    while source.next is not None and source.next in _DIGITS:
                        his += source.get()
                else:
                    his = los
                if not source.match("}"):
                    seq.append(("lit", this))
                    source.seek(here)
                    continue
                if los:
                    lo = int(los)
                    if lo >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if his:
                    hi = int(his)
                    if hi >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            item = seq[-1] if seq else None
            if item is None or item[0] == "at":
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if item[0] == "rep":
                raise source.error("multiple repeat", source.tell() - here + len(this))
            if item[0] == "group" and item[1] is None and not item[2] and not item[3]:
                body = item[4]
            else:
                body = [item]
            if source.match("?"):
                kind = "lazy"
            elif source.match("+"):
                kind = "poss"
            else:
                kind = "greedy"
            seq[-1] = ("rep", lo, hi, kind, body)
        elif this == ".":
            seq.append(("any",))
        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = del_flags = 0
            if source.match("?"):
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if source.match("<"):
                        name = source.getuntil(">", "group name")
                        if not name.isidentifier():
                            raise source.error("bad character in group name %r" % name,
                                               len(name) + 1)
                    elif source.match("="):
                        name = source.getuntil(")", "group name")
                        if not name.isidentifier():
                            raise source.error("bad character in group name %r" % name,
                                               len(name) + 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error("unknown group name %r" % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group", len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        seq.append(("ref", gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char, len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if source.get() == ")":
                            break
                    continue
                elif char in "=!<":
                    behind = False
                    if char == "<":
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char, len(char) + 2)
                        behind = True
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if behind:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    if behind:
                        lo, hi = _width(p, state)
                        if lo != hi:
                            # Reported once the whole pattern parses (CPython checks
                            # widths when compiling the parsed pattern).
                            state.variable_lookbehind = True
                    seq.append(("assert", behind, char == "!", p))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error("unknown group name %r" % condname,
                                               len(condname) + 1)
                    else:
                        condgroup = -1
                        if condname.isdigit() and condname.isascii():
                            condgroup = int(condname)
                        if condgroup < 0:
                            raise source.error("bad character in group name %r" % condname,
                                               len(condname) + 1)
                        if not condgroup:
                            raise source.error("bad group number", len(condname) + 1)
                        if condgroup >= _MAXGROUPS:
                            raise source.error("invalid group reference %d" % condgroup,
                                               len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two "
                                               "branches")
                    else:
                        item_no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    seq.append(("cond", condgroup, item_yes, item_no))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in _FLAG_LETTERS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:
                        if not first or seq:
                            raise source.error("global flags not at the start of the "
                                               "expression", source.tell() - start)
                        if state.flags & VERBOSE and not verbose:
                            # Parse again from the start in verbose mode, as CPython does
                            # (an alternative after '|' would be read without it).
                            raise _Verbose()
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char, len(char) + 1)
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & VERBOSE)) and not (del_flags & VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                seq.append(("atomic", p))
            else:
                seq.append(("group", group, add_flags, del_flags, p))
        elif this == "^":
            seq.append(("at", "begin"))
        elif this == "$":
            seq.append(("at", "end"))
    return seq


class _Verbose(Exception):
    pass


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    try:
        seq = _parse_sub(source, state, flags & VERBOSE, 0)
    except _Verbose:
        source = _Source(pattern)
        state = _State(flags | VERBOSE)
        seq = _parse_sub(source, state, True, 0)
    if state.flags & LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if not state.flags & ASCII:
        state.flags |= UNICODE
    elif state.flags & UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    if state.variable_lookbehind:
        raise error("look-behind requires fixed-width pattern")
    return seq, state


# ---------------------------------------------------------------------------------------
# Character predicates

def _is_word(c):
    return c == "_" or c.isalnum()


def _is_word_ascii(c):
    return c < "\x80" and (c == "_" or c.isalnum())


def _is_digit_ascii(c):
    return "0" <= c <= "9"


def _is_space_ascii(c):
    return c in " \t\n\r\f\v"


def _category(name, ascii_only):
    if name in "dD":
        base = _is_digit_ascii if ascii_only else str.isdecimal
    elif name in "sS":
        base = _is_space_ascii if ascii_only else str.isspace
    else:
        base = _is_word_ascii if ascii_only else _is_word
    if name.islower():
        return base
    return lambda c: not base(c)


# Characters that match each other under IGNORECASE although neither is the other's simple
# lower or upper case: the equivalences of Unicode case folding that CPython honours.
_EQUIVALENCES = ("i\u0131", "s\u017f", "\u00b5\u03bc", "\u0345\u03b9\u1fbe", "\u0390\u1fd3",
                 "\u03b0\u1fe3", "\u03b2\u03d0", "\u03b5\u03f5", "\u03b8\u03d1\u03f4",
                 "\u03ba\u03f0", "\u03c0\u03d6", "\u03c1\u03f1", "\u03c2\u03c3", "\u03c6\u03d5",
                 "\u1e61\u1e9b", "\ufb05\ufb06", "k\u212a", "\u00e5\u212b", "\u03c9\u2126",
                 "\u00df\u1e9e")
_FOLD_EXTRA = {}
for _group in _EQUIVALENCES:
    _members = set()
    for _c in _group:
        _members.add(_c)
        for _v in (_c.lower(), _c.upper()):
            if len(_v) == 1:
                _members.add(_v)
    for _c in _members:
        _FOLD_EXTRA[_c] = _members


def _case_variants(c, ascii_only):
    """The characters that match `c` under IGNORECASE (`c` first)."""
    if ascii_only:
        if c >= "\x80":
            return (c,)
        lo = c.lower()
        up = c.upper()
        if lo == up:
            return (c,)
        return (c, lo if lo != c else up)
    extra = _FOLD_EXTRA.get(c)
    if extra is not None:
        return (c,) + tuple(extra)
    lo = c.lower()
    out = [c]
    if len(lo) == 1:
        if lo != c:
            out.append(lo)
        extra = _FOLD_EXTRA.get(lo)
        if extra is not None:
            return tuple(out) + tuple(extra)
        up = lo.upper()
        if len(up) == 1 and up not in out:
            out.append(up)
    up = c.upper()
    if len(up) == 1 and up not in out:
        out.append(up)
    return tuple(out)


def _class_pred(negate, items, flags):
    ascii_only = bool(flags & ASCII)
    chars = set()
    ranges = []
    cats = []
    for item in items:
        if item[0] == "lit":
            chars.add(item[1])
        elif item[0] == "range":
            ranges.append((item[1], item[2]))
        else:
            cats.append(_category(item[1], ascii_only))

    def base(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for cat in cats:
            if cat(c):
                return True
        return False

    if flags & IGNORECASE:
        def test(c):
            for v in _case_variants(c, ascii_only):
                if base(v):
                    return True
            return False
    else:
        test = base
    if not ranges and not cats and not (flags & IGNORECASE):
        if negate:
            return lambda c: c not in chars
        return chars.__contains__
    if negate:
        return lambda c: not test(c)
    return test


def _single_pred(node, flags):
    """A predicate on one character for a node that matches exactly one, else None."""
    op = node[0]
    if op == "lit":
        ch = node[1]
        if flags & IGNORECASE:
            variants = _case_variants(ch, bool(flags & ASCII))
            if len(variants) > 1:
                return set(variants).__contains__
        return ch.__eq__
    if op == "any":
        if flags & DOTALL:
            return lambda c: True
        return "\n".__ne__
    if op == "in":
        return _class_pred(node[1], node[2], flags)
    if op == "cat":
        return _category(node[1], bool(flags & ASCII))
    if op == "group" and node[1] is None and len(node[4]) == 1:
        return _single_pred(node[4][0], (flags | node[2]) & ~node[3])
    if op == "branch":
        preds = []
        for alt in node[1]:
            if len(alt) != 1:
                return None
            p = _single_pred(alt[0], flags)
            if p is None:
                return None
            preds.append(p)

        def any_of(c):
            for p in preds:
                if p(c):
                    return True
            return False
        return any_of
    return None


# ---------------------------------------------------------------------------------------
# Compiling: every node becomes f(st, i, k) calling its successor `nxt` (static within a
# sequence); `k(j)` is the dynamic continuation after the whole compiled sequence.

class _St:
    """One matching attempt: the subject, its end, the group marks, and lastindex."""

    def __init__(self, s, end, ngroups):
        self.s = s
        self.end = end
        self.marks = [None] * (2 * ngroups + 2)
        self.lastindex = None


def _done(st, i, k):
    return k(i)


def _compile_seq(seq, flags, nxt):
    for node in reversed(seq):
        nxt = _compile_node(node, flags, nxt)
    return nxt


def _compile_node(node, flags, nxt):
    op = node[0]
    pred = _single_pred(node, flags)
    if pred is not None:
        def one(st, i, k):
            if i < st.end and pred(st.s[i]):
                return nxt(st, i + 1, k)
            return False
        return one
    if op == "at":
        return _compile_at(node[1], flags, nxt)
    if op == "rep":
        return _compile_rep(node, flags, nxt)
    if op == "group":
        gid = node[1]
        inner_flags = (flags | node[2]) & ~node[3]
        if gid is None:
            return _compile_seq(node[4], inner_flags, nxt)
        si = 2 * gid
        ei = si + 1

        def close(st, j, k):
            marks = st.marks
            old_end = marks[ei]
            old_last = st.lastindex
            marks[ei] = j
            st.lastindex = gid
            if nxt(st, j, k):
                return True
            marks[ei] = old_end
            st.lastindex = old_last
            return False

        body = _compile_seq(node[4], inner_flags, close)

        def open_group(st, i, k):
            marks = st.marks
            old_start = marks[si]
            marks[si] = i
            if body(st, i, k):
                return True
            marks[si] = old_start
            return False
        return open_group
    if op == "branch":
        alts = [_compile_seq(alt, flags, nxt) for alt in node[1]]

        def branch(st, i, k):
            for alt in alts:
                if alt(st, i, k):
                    return True
            return False
        return branch
    if op == "atomic":
        body = _compile_seq(node[1], flags, _done)
        return _atomic_undo(body, nxt)
    if op == "assert":
        return _compile_assert(node, flags, nxt)
    if op == "ref":
        return _compile_ref(node[1], flags, nxt)
    if op == "cond":
        gid = node[1]
        yes = _compile_seq(node[2], flags, nxt)
        no = _compile_seq(node[3], flags, nxt) if node[3] is not None else nxt

        def cond(st, i, k):
            s, e = st.marks[2 * gid], st.marks[2 * gid + 1]
            if s is not None and e is not None and s <= e:
                return yes(st, i, k)
            return no(st, i, k)
        return cond
    raise AssertionError(op)


def _stop(j):
    return True


def _atomic_undo(body, nxt):
    """Match `body` once (its first way), then continue without backtracking into it; the
    marks it set are undone when the continuation fails."""
    def atomic(st, i, k):
        saved = st.marks[:]
        last = st.lastindex
        found = []

        def stop(j):
            found.append(j)
            return True
        if not body(st, i, stop):
            return False
        if nxt(st, found[0], k):
            return True
        st.marks[:] = saved
        st.lastindex = last
        return False
    return atomic


def _compile_at(kind, flags, nxt):
    if kind == "begin" and flags & MULTILINE:
        def test(st, i):
            return i == 0 or st.s[i - 1] == "\n"
    elif kind == "begin" or kind == "begin_string":
        def test(st, i):
            return i == 0
    elif kind == "end" and flags & MULTILINE:
        def test(st, i):
            return i == st.end or st.s[i] == "\n"
    elif kind == "end":
        def test(st, i):
            return i == st.end or (i == st.end - 1 and st.s[i] == "\n")
    elif kind == "end_string":
        def test(st, i):
            return i == st.end
    else:
        word = _is_word_ascii if flags & ASCII else _is_word
        want = kind == "boundary"

        def test(st, i):
            if st.end == 0:
                return False
            before = i > 0 and word(st.s[i - 1])
            after = i < st.end and word(st.s[i])
            return (before != after) == want

    def at(st, i, k):
        if test(st, i):
            return nxt(st, i, k)
        return False
    return at


def _compile_assert(node, flags, nxt):
    behind, negate, seq = node[1], node[2], node[3]
    body = _compile_seq(seq, flags, _done)
    width = 0
    if behind:
        width = _width(seq, _State(0))[0] if not _has_ref(seq) else None

    def assertion(st, i, k):
        start = i
        if behind:
            w = width if width is not None else _ref_width(seq, st)
            start = i - w
            if start < 0:
                if negate:
                    return nxt(st, i, k)
                return False
        saved = st.marks[:]
        last = st.lastindex
        ok = body(st, start, _stop)
        if negate:
            st.marks[:] = saved
            st.lastindex = last
            if ok:
                return False
            return nxt(st, i, k)
        if not ok:
            return False
        if nxt(st, i, k):
            return True
        st.marks[:] = saved
        st.lastindex = last
        return False
    return assertion


def _has_ref(seq):
    for node in seq:
        op = node[0]
        if op == "ref":
            return True
        if op == "branch":
            for alt in node[1]:
                if _has_ref(alt):
                    return True
        elif op in ("group", "atomic", "rep", "assert"):
            if _has_ref(node[-1]):
                return True
    return False


def _ref_width(seq, st):
    total = 0
    for node in seq:
        op = node[0]
        if op == "ref":
            s, e = st.marks[2 * node[1]], st.marks[2 * node[1] + 1]
            if s is not None and e is not None and s <= e:
                total += e - s
        elif op == "branch":
            total += _ref_width(node[1][0], st)
        elif op in ("group", "atomic"):
            total += _ref_width(node[-1], st)
        elif op == "rep":
            total += node[1] * _ref_width(node[4], st)
        elif op in ("lit", "any", "in", "cat"):
            total += 1
    return total


def _compile_ref(gid, flags, nxt):
    ignore = flags & IGNORECASE
    ascii_only = bool(flags & ASCII)

    def ref(st, i, k):
        s, e = st.marks[2 * gid], st.marks[2 * gid + 1]
        if s is None or e is None or e < s:
            return False
        n = e - s
        if i + n > st.end:
            return False
        text = st.s
        if ignore:
            for d in range(n):
                a = text[s + d]
                b = text[i + d]
                if a != b and b not in _case_variants(a, ascii_only):
                    return False
        elif text[i:i + n] != text[s:e]:
            return False
        return nxt(st, i + n, k)
    return ref


def _compile_rep(node, flags, nxt):
    lo, hi, kind, body_seq = node[1], node[2], node[3], node[4]
    pred = _single_pred(body_seq[0], flags) if len(body_seq) == 1 else None
    if pred is not None:
        return _compile_rep_single(pred, lo, hi, kind, nxt)
    fixed = _fixed_body(body_seq, flags)
    if fixed is not None:
        return _compile_rep_fixed(fixed, lo, hi, kind, nxt)
    if kind == "poss":
        inner = _compile_rep(("rep", lo, hi, "greedy", body_seq), flags, _done)
        return _atomic_undo(inner, nxt)
    body = _compile_seq(body_seq, flags, _done)
    _RECURSIVE_REPEATS[0] += 1
    if kind == "greedy":
        def greedy(st, i, k):
            def step(j, count, last):
                if count < lo:
                    return body(st, j, lambda e: step(e, count + 1, j))
                if count < hi and j != last:
                    if body(st, j, lambda e: step(e, count + 1, j)):
                        return True
                return nxt(st, j, k)
            return step(i, 0, -1)
        return greedy

    def lazy(st, i, k):
        def step(j, count, last):
            if count < lo:
                return body(st, j, lambda e: step(e, count + 1, j))
            if nxt(st, j, k):
                return True
            if count < hi and j != last:
                return body(st, j, lambda e: step(e, count + 1, j))
            return False
        return step(i, 0, -1)
    return lazy


# How many repeats compiled so far recurse once per iteration (Pattern.__init__ compares).
_RECURSIVE_REPEATS = [0]
# The recursion limit a match may raise itself to (pyjit's native stack is far larger).
_DEPTH_CAP = 100000


def _fixed_body(seq, flags):
    """For a repeated sequence of single-character items, some of them in capturing groups
    of such items: (predicates, [(gid, start offset, end offset)]); else None. Such a body
    matches in one way only, so its repeat can be a loop too."""
    preds = []
    groups = []
    for node in seq:
        p = _single_pred(node, flags)
        if p is not None:
            preds.append(p)
            continue
        if node[0] != "group" or node[1] is None:
            return None
        inner = (flags | node[2]) & ~node[3]
        start = len(preds)
        for sub in node[4]:
            p = _single_pred(sub, inner)
            if p is None:
                return None
            preds.append(p)
        groups.append((node[1], start, len(preds)))
    if not preds:
        return None
    return preds, groups


def _compile_rep_fixed(fixed, lo, hi, kind, nxt):
    preds, groups = fixed
    w = len(preds)

    def once(s, j):
        for p in preds:
            if not p(s[j]):
                return False
            j += 1
        return True

    def attempt(st, j, count, k):
        # The marks of the last iteration (the one that started at j - w), then go on.
        if count == 0 or not groups:
            return nxt(st, j, k)
        marks = st.marks
        saved = marks[:]
        last = st.lastindex
        base = j - w
        for gid, a, b in groups:
            marks[2 * gid] = base + a
            marks[2 * gid + 1] = base + b
            st.lastindex = gid
        if nxt(st, j, k):
            return True
        marks[:] = saved
        st.lastindex = last
        return False

    if kind == "lazy":
        def lazy(st, i, k):
            s = st.s
            end = st.end
            j = i
            count = 0
            while count < lo:
                if j + w > end or not once(s, j):
                    return False
                j += w
                count += 1
            while True:
                if attempt(st, j, count, k):
                    return True
                if count < hi and j + w <= end and once(s, j):
                    j += w
                    count += 1
                else:
                    return False
        return lazy

    def greedy(st, i, k):
        s = st.s
        end = st.end
        j = i
        count = 0
        while count < hi and j + w <= end and once(s, j):
            j += w
            count += 1
        if count < lo:
            return False
        if kind == "poss":
            return attempt(st, j, count, k)
        while count >= lo:
            if attempt(st, j, count, k):
                return True
            j -= w
            count -= 1
        return False
    return greedy


def _compile_rep_single(pred, lo, hi, kind, nxt):
    if kind == "lazy":
        def lazy(st, i, k):
            s = st.s
            end = st.end
            j = i
            stop = i + lo
            if stop > end:
                return False
            while j < stop:
                if not pred(s[j]):
                    return False
                j += 1
            limit = end if hi - lo > end - j else j + hi - lo
            while True:
                if nxt(st, j, k):
                    return True
                if j < limit and pred(s[j]):
                    j += 1
                else:
                    return False
        return lazy

    def greedy(st, i, k):
        s = st.s
        end = st.end
        limit = end if hi > end - i else i + hi
        j = i
        while j < limit and pred(s[j]):
            j += 1
        least = i + lo
        if j < least:
            return False
        if kind == "poss":
            return nxt(st, j, k)
        while j >= least:
            if nxt(st, j, k):
                return True
            j -= 1
        return False
    return greedy


# ---------------------------------------------------------------------------------------
# Patterns and matches

class _MappingProxy:
    """A read-only view of a dict, shown as CPython shows `types.MappingProxyType`."""

    __module__ = "builtins"

    def __init__(self, d):
        self._d = d

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)

    def __getitem__(self, key):
        return self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)


class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    def __init__(self, pattern, flags):
        seq, state = _parse_pattern(pattern, flags)
        self.pattern = pattern
        self.flags = state.flags
        self.groups = state.groups - 1
        self._groupindex = dict(state.groupdict)
        self._names = {gid: name for name, gid in state.groupdict.items()}
        before = _RECURSIVE_REPEATS[0]
        self._code = _compile_seq(seq, state.flags, _done)
        # A repeat that recurses once per iteration needs frames in proportion to the
        # subject, where CPython's engine needs none: such patterns raise the recursion
        # limit while they match.
        self._deep = _RECURSIVE_REPEATS[0] != before
        self._prefix = _literal_prefix(seq, state.flags)

    @property
    def groupindex(self):
        # CPython gives a new empty dict when there are no named groups.
        if not self._groupindex:
            return {}
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append("re." + name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _at(self, string, start, end, pos, endpos, must_advance=False, full=False):
        """The match starting exactly at `start`, or None."""
        st = _St(string, end, self.groups)
        found = []

        def accept(j):
            if must_advance and j == start:
                return False
            if full and j != end:
                return False
            found.append(j)
            return True
        if self._deep:
            old = sys.getrecursionlimit()
            need = min(old + 40 * (end - start), max(old, _DEPTH_CAP))
            if need > old:
                sys.setrecursionlimit(need)
            try:
                ok = self._code(st, start, accept)
            finally:
                if need > old:
                    sys.setrecursionlimit(old)
        else:
            ok = self._code(st, start, accept)
        if not ok:
            return None
        st.marks[0] = start
        st.marks[1] = found[0]
        return Match(self, string, pos, endpos, st.marks, st.lastindex)

    def _search(self, string, pos, endpos, must_advance=False):
        if pos > endpos:
            return None
        prefix = self._prefix
        start = pos
        while start <= endpos:
            if prefix:
                start = string.find(prefix, start, endpos)
                if start < 0:
                    return None
            m = self._at(string, start, endpos, pos, endpos, must_advance and start == pos)
            if m is not None:
                return m
            start += 1
        return None

    def match(self, string, pos=0, endpos=_MAXREPEAT):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._at(string, pos, endpos, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXREPEAT):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._at(string, pos, endpos, pos, endpos, full=True)

    def search(self, string, pos=0, endpos=_MAXREPEAT):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXREPEAT):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        must_advance = False
        while pos <= endpos:
            m = self._search(string, pos, endpos, must_advance)
            if m is None:
                return
            yield m
            s, e = m.span()
            must_advance = s == e
            pos = e

    def findall(self, string, pos=0, endpos=_MAXREPEAT):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def split(self, string, maxsplit=0):
        pos, endpos = self._bounds(string, 0, _MAXREPEAT)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, pos, endpos):
            if maxsplit > 0 and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        pos, endpos = self._bounds(string, 0, _MAXREPEAT)
        if callable(repl):
            func = repl
        else:
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if "\\" in repl:
                template = _parse_template(repl, self)
                func = lambda m: _expand_template(template, m)
            else:
                func = None
        parts = []
        last = 0
        n = 0
        for m in self._iter(string, pos, endpos):
            if count > 0 and n >= count:
                break
            s, e = m.span()
            parts.append(string[last:s])
            if func is None:
                parts.append(repl)
            else:
                r = func(m)
                if r is not None:
                    if not isinstance(r, str):
                        raise TypeError("expected str instance, %s found" % type(r).__name__)
                    parts.append(r)
            last = e
            n += 1
        parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _literal_prefix(seq, flags):
    if flags & IGNORECASE:
        return ""
    out = ""
    for node in seq:
        if node[0] == "lit":
            out += node[1]
        else:
            break
    return out


def _parse_template(template, pattern):
    source = _Source(template)
    items = []
    literal = []
    while True:
        this = source.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not source.match("<"):
                    raise source.error("missing <")
                name = source.getuntil(">", "group name")
                if name.isidentifier():
                    if name not in pattern._groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = pattern._groupindex[name]
                else:
                    if not (name.isdigit() and name.isascii()):
                        raise source.error("bad character in group name %r" % name,
                                           len(name) + 1)
                    index = int(name)
                    if index >= _MAXGROUPS:
                        raise source.error("invalid group reference %d" % index, len(name) + 1)
                if index > pattern.groups:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
                items.append("".join(literal))
                literal = []
                items.append(index)
            elif c == "0":
                if source.next is not None and source.next in _OCTDIGITS:
                    this += source.get()
                    if source.next is not None and source.next in _OCTDIGITS:
                        this += source.get()
                literal.append(chr(int(this[1:], 8) & 0xFF))
            elif c in _DIGITS:
                isoctal = False
                if source.next is not None and source.next in _DIGITS:
                    this += source.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS
                            and source.next is not None and source.next in _OCTDIGITS):
                        this += source.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise source.error("octal escape value %s outside of range "
                                               "0-0o377" % this, len(this))
                        literal.append(chr(v))
                if not isoctal:
                    index = int(this[1:])
                    if index > pattern.groups:
                        raise source.error("invalid group reference %d" % index,
                                           len(this) - 1)
                    items.append("".join(literal))
                    literal = []
                    items.append(index)
            else:
                if this in _ESCAPES:
                    literal.append(_ESCAPES[this])
                else:
                    if c in _ASCIILETTERS:
                        raise source.error("bad escape %s" % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    items.append("".join(literal))
    return items


def _expand_template(items, m):
    out = []
    for item in items:
        if item.__class__ is int:
            g = m.group(item)
            if g is not None:
                out.append(g)
        else:
            out.append(item)
    return "".join(out)


class Match:
    """The result of a successful match."""

    __module__ = "re"

    def __init__(self, pattern, string, pos, endpos, marks, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            index = self.re._groupindex.get(g)
            if index is not None:
                return index
        raise IndexError("no such group")

    def span(self, group=0):
        g = self._index(group)
        s, e = self._marks[2 * g], self._marks[2 * g + 1]
        if s is None or e is None or e < s:
            return (-1, -1)
        return (s, e)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _get(self, g, default=None):
        s, e = self.span(g)
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re._groupindex.items()}

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------------------
# Module-level functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise NotImplementedError("re: bytes patterns are not supported by pyjit")
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL_CHARS = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if not isinstance(pattern, str):
        raise NotImplementedError("re: bytes patterns are not supported by pyjit")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
