"""Text wrapping and filling (the subset's `textwrap` module).

Gives CPython 3.11's results: `wrap`/`fill`/`shorten` and `TextWrapper` with all its
options, `dedent`, `indent`. The text is cut into chunks — whitespace runs, words, and
with `break_on_hyphens` the pieces of hyphenated words and em-dashes — by a hand-written
scanner whose rules are those CPython's chunking expression states (see `_chunks`),
then packed into lines greedily.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


class TextWrapper:
    """Wraps paragraphs of text; the attributes are the keyword arguments of `wrap`."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join([" " if c in _WHITESPACE else c for c in text])
        return text

    def _chunks(self, text):
        """Whitespace runs and words; with `break_on_hyphens`, a word also ends after a
        hyphen that has two letters (or letter, hyphen, letter) before it and a letter,
        an optional hyphen and a letter after it, and an em-dash (two or more hyphens
        between a word or punctuation character and a word character) is its own chunk."""
        chunks = []
        n = len(text)
        i = 0
        hyphens = self.break_on_hyphens
        while i < n:
            if text[i] in _WHITESPACE:
                j = i
                while j < n and text[j] in _WHITESPACE:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if not hyphens:
                j = i
                while j < n and text[j] not in _WHITESPACE:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if text[i] == "-" and i > 0 and _is_word_punct(text[i - 1]):
                j = _dash_run_end(text, i)
                if j - i >= 2 and j < n and _is_word(text[j]):
                    chunks.append(text[i:j])
                    i = j
                    continue
            k = i + 1
            while True:
                if k < n and text[k] == "-" and _hyphen_break(text, k):
                    end = k + 1
                    break
                if k >= n or text[k] in _WHITESPACE:
                    end = k
                    break
                if _is_word_punct(text[k - 1]) and text[k] == "-":
                    j = _dash_run_end(text, k)
                    if j - k >= 2 and j < n and _is_word(text[j]):
                        end = k
                        break
                k += 1
            chunks.append(text[i:end])
            i = end
        return chunks

    def _split(self, text):
        return self._chunks(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and _ends_sentence(c):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_empty and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._chunks(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _dash_run_end(text, i):
    n = len(text)
    while i < n and text[i] == "-":
        i += 1
    return i


def _hyphen_break(text, k):
    """Whether a word may end after the hyphen at `k`."""
    n = len(text)
    before = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or (
        k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
    if not before or k + 1 >= n or not _is_letter(text[k + 1]):
        return False
    if k + 2 < n and _is_letter(text[k + 2]):
        return True
    return k + 3 < n and text[k + 2] == "-" and _is_letter(text[k + 3])


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then an optional quote, at the end.
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace (spaces and tabs) all non-blank lines start with; lines of
    spaces and tabs only become empty."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        return "".join([prefix + line if line.strip() else line
                        for line in text.splitlines(True)])
    return "".join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
