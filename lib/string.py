"""A collection of string constants (and capwords, Template) for pyjit."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + '_'
_ID_CHARS = ascii_letters + digits + '_'
_sentinel_dict = {}


class _Lookup:
    # The mapping of substitute(mapping, **kws): keywords first.
    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions.

    pyjit has no `re`: the default pattern ($$, $identifier, ${identifier}) is
    matched by hand; `delimiter` may be overridden by subclasses, `idpattern`
    and `pattern` may not."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name) for each delimiter match, like the regex.
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                return
            k = j + dl
            if t.startswith(delim, k):
                yield (j, k + dl, 'escaped', None)
                i = k + dl
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                yield (j, e, 'named', t[k:e])
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                if e < n and t[e] == '}':
                    yield (j, e + 1, 'braced', t[k + 1:e])
                    i = e + 1
                    continue
            yield (j, k, 'invalid', None)
            i = k
            if dl == 0:
                i += 1

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        t = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(t[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[start:end])
                else:
                    out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                if safe:
                    out.append(t[start:end])
                else:
                    self._invalid(end)
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
