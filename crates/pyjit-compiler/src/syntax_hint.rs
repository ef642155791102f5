//! CPython's messages for source that does not parse.
//!
//! rustpython-parser says where parsing failed, but mostly just "invalid syntax". CPython
//! 3.11 says more, in two ways, and this module does both after a failed parse:
//!
//! * **Tokenizer errors** (unterminated strings, stray or mismatched brackets, bad number
//!   literals, invalid characters, inconsistent dedents and tabs). CPython's tokenizer
//!   runs ahead of its parser, and after a parse error it tokenizes the rest of the file
//!   (`_PyPegen_tokenize_full_source_to_check_for_errors`), so the first tokenizer error
//!   anywhere in the file is what it reports. A bracket still open at the end of the file
//!   is reported as "'(' was never closed" when it opened on a line before the parse error
//!   (or the parse failed at the end of the file).
//! * **The second pass's rules** (`invalid_*` in CPython's grammar): a few shapes around the
//!   failing token get a specific message — a missing `:`, a missing indented block, an
//!   unexpected indent, `try` without `except`, `print x`, `=` in an `if` condition, a
//!   conditional expression without `else`, two expressions without a comma inside
//!   brackets. Anything else stays "invalid syntax".
//!
//! The scanner below is a tokenizer for exactly these checks, not a second Python lexer:
//! it knows strings, comments, brackets, numbers, names and indentation, and treats every
//! other character as an operator.

use crate::error::{CompileError, CompileErrorKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
    Open,
    Close,
    /// The end of a logical line.
    Newline,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    line: u32,
    /// Bracket depth before the token.
    depth: usize,
}

/// A logical line: its indentation width and its tokens `first..=last` (the last is its
/// `Newline`).
#[derive(Clone, Copy, Debug)]
struct Logical {
    indent: usize,
    first: usize,
    last: usize,
}

struct Scan<'s> {
    src: &'s str,
    toks: Vec<Tok>,
    lines: Vec<Logical>,
    /// Tokenizer errors in source order, with the offset of their line's start and
    /// whether CPython's tokenizer raises them itself (strings, characters, numbers,
    /// brackets) or only reports them to the parser that asked for the token
    /// (indentation: `E_DEDENT`, `E_TABSPACE`).
    errors: Vec<(usize, CompileError, bool)>,
    /// Brackets open at the end: (char, line).
    open_at_end: Vec<(char, u32)>,
}

impl Scan<'_> {
    fn text(&self, t: &Tok) -> &str {
        &self.src[t.start..t.end]
    }
}

fn err(kind: CompileErrorKind, message: impl Into<String>, line: u32) -> CompileError {
    CompileError {
        kind,
        message: message.into(),
        line,
        column: None,
    }
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Keywords a number may be followed by without a space (allowed in 3.11, with a warning).
const AFTER_NUMBER: &[&str] = &["and", "else", "for", "if", "in", "is", "not", "or"];

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn scan(src: &str) -> Scan<'_> {
    let mut s = Scan {
        src,
        toks: Vec::new(),
        lines: Vec::new(),
        errors: Vec::new(),
        open_at_end: Vec::new(),
    };
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map_or('\0', |&(_, c)| c);
    let off = |i: usize| chars.get(i).map_or(src.len(), |&(o, _)| o);
    let total_lines = src.matches('\n').count() as u32 + u32::from(!src.ends_with('\n'));
    let mut line: u32 = 1;
    let mut i = 0;
    let mut brackets: Vec<(char, u32)> = Vec::new();
    // Indentation stack: (columns with tabs to 8, columns with tabs to 1), as CPython.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut line_first = 0;
    let mut line_indent = 0;
    let mut line_start;
    let fail = |s: &mut Scan, e: CompileError, at: usize| {
        let raised = !matches!(
            e.kind,
            CompileErrorKind::Indentation | CompileErrorKind::Tab
        );
        s.errors.push((at, e, raised));
    };
    while i < n {
        if at_line_start && brackets.is_empty() {
            // Measure the indentation of a new logical line; blank and comment lines
            // do not count.
            line_start = off(i);
            let (mut col, mut alt, mut j) = (0usize, 0usize, i);
            loop {
                match at(j) {
                    ' ' => {
                        col += 1;
                        alt += 1;
                    }
                    '\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    '\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                j += 1;
            }
            i = j;
            if matches!(at(i), '#' | '\n' | '\r' | '\0') && i <= n {
                // Skip to the end of the line.
                while i < n && at(i) != '\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                    line += 1;
                }
                continue;
            }
            let &(top, alt_top) = indents.last().unwrap();
            if col > top {
                if alt <= alt_top {
                    fail(&mut s, err(CompileErrorKind::Tab, TAB, line), line_start);
                }
                indents.push((col, alt));
            } else {
                while indents.len() > 1 && col < indents.last().unwrap().0 {
                    indents.pop();
                }
                let &(top, alt_top) = indents.last().unwrap();
                if col != top {
                    fail(
                        &mut s,
                        err(
                            CompileErrorKind::Indentation,
                            "unindent does not match any outer indentation level",
                            line,
                        ),
                        line_start,
                    );
                } else if alt != alt_top {
                    fail(&mut s, err(CompileErrorKind::Tab, TAB, line), line_start);
                }
            }
            at_line_start = false;
            line_first = s.toks.len();
            line_indent = col;
        }
        let c = at(i);
        let start = off(i);
        let depth = brackets.len();
        let push = |s: &mut Scan, kind, end: usize, line| {
            s.toks.push(Tok {
                kind,
                start,
                end,
                line,
                depth,
            })
        };
        // A string, prefixed (`r'`, `f"`, `rb'`...) or not: the index of its opening quote.
        let quote = (0..3).find(|&k| {
            matches!(at(i + k), '\'' | '"') && (0..k).all(|p| "rRbBuUfF".contains(at(i + p)))
        });
        if let Some(k) = quote {
            let q = at(i + k);
            let first_line = line;
            let (end, ok, lines_in) = string_end(&chars, i + k, q);
            line += lines_in;
            if !ok {
                let message = if at(i + k + 1) == q && at(i + k + 2) == q {
                    format!("unterminated triple-quoted string literal (detected at line {total_lines})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                fail(&mut s, CompileError::syntax(message, first_line), start);
            }
            push(&mut s, Kind::Str, off(end), first_line);
            i = end;
            continue;
        }
        match c {
            ' ' | '\t' | '\x0c' | '\r' => i += 1,
            '#' => {
                while i < n && at(i) != '\n' {
                    i += 1;
                }
            }
            '\n' => {
                if brackets.is_empty() && s.toks.len() > line_first {
                    push(&mut s, Kind::Newline, off(i + 1), line);
                    s.lines.push(Logical {
                        indent: line_indent,
                        first: line_first,
                        last: s.toks.len() - 1,
                    });
                    at_line_start = true;
                } else if brackets.is_empty() {
                    at_line_start = true;
                }
                i += 1;
                line += 1;
            }
            '\\' => {
                if at(i + 1) == '\n' {
                    i += 2;
                    line += 1;
                } else if at(i + 1) == '\r' && at(i + 2) == '\n' {
                    i += 3;
                    line += 1;
                } else if i + 1 >= n {
                    fail(
                        &mut s,
                        CompileError::syntax("unexpected EOF while parsing", line),
                        start,
                    );
                    i += 1;
                } else {
                    fail(
                        &mut s,
                        CompileError::syntax(
                            "unexpected character after line continuation character",
                            line,
                        ),
                        start,
                    );
                    i += 1;
                }
            }
            '(' | '[' | '{' => {
                brackets.push((c, line));
                push(&mut s, Kind::Open, off(i + 1), line);
                i += 1;
            }
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match brackets.pop() {
                    None => fail(
                        &mut s,
                        CompileError::syntax(format!("unmatched '{c}'"), line),
                        start,
                    ),
                    Some((open, open_line)) if open != want => {
                        let on = if open_line != line {
                            format!(" on line {open_line}")
                        } else {
                            String::new()
                        };
                        fail(
                            &mut s,
                            CompileError::syntax(
                                format!(
                                    "closing parenthesis '{c}' does not match opening parenthesis '{open}'{on}"
                                ),
                                line,
                            ), start);
                    }
                    Some(_) => {}
                }
                // A closing bracket is at the depth it returns to.
                s.toks.push(Tok {
                    kind: Kind::Close,
                    start,
                    end: off(i + 1),
                    line,
                    depth: brackets.len(),
                });
                i += 1;
            }
            _ if c.is_ascii_digit() || (c == '.' && at(i + 1).is_ascii_digit()) => {
                let (end, problem) = number_end(&chars, i);
                if let Some(p) = problem {
                    fail(&mut s, CompileError::syntax(p, line), start);
                }
                push(&mut s, Kind::Number, off(end), line);
                i = end;
            }
            _ if is_id_start(c) => {
                let mut j = i;
                while j < n && is_id_continue(at(j)) {
                    j += 1;
                }
                push(&mut s, Kind::Name, off(j), line);
                i = j;
            }
            _ if !c.is_ascii() => {
                let message = if c.is_control() || c.is_whitespace() {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                };
                fail(&mut s, CompileError::syntax(message, line), start);
                push(&mut s, Kind::Op, off(i + 1), line);
                i += 1;
            }
            _ if c.is_ascii_control() => {
                fail(
                    &mut s,
                    CompileError::syntax(
                        format!("invalid non-printable character U+{:04X}", c as u32),
                        line,
                    ),
                    start,
                );
                i += 1;
            }
            _ => {
                // Operators: the two- and three-character ones CPython's tokenizer knows
                // are one token each.
                let mut j = i + 1;
                let two: String = [c, at(i + 1)].iter().collect();
                if [
                    "==", "!=", "<=", ">=", "->", ":=", "**", "//", "<<", ">>", "+=", "-=", "*=",
                    "/=", "%=", "&=", "|=", "^=", "@=",
                ]
                .contains(&two.as_str())
                {
                    j += 1;
                    if matches!(two.as_str(), "**" | "//" | "<<" | ">>") && at(j) == '=' {
                        j += 1;
                    }
                }
                push(&mut s, Kind::Op, off(j), line);
                i = j;
            }
        }
    }
    if s.toks.len() > line_first && !at_line_start {
        let end = src.len();
        s.toks.push(Tok {
            kind: Kind::Newline,
            start: end,
            end,
            line,
            depth: brackets.len(),
        });
        s.lines.push(Logical {
            indent: line_indent,
            first: line_first,
            last: s.toks.len() - 1,
        });
    }
    s.open_at_end = brackets;
    s
}

const TAB: &str = "inconsistent use of tabs and spaces in indentation";

/// The end of the string whose quote is at `i`: (index after it, terminated, newlines in it).
fn string_end(chars: &[(usize, char)], i: usize, q: char) -> (usize, bool, u32) {
    let at = |k: usize| chars.get(k).map_or('\0', |&(_, c)| c);
    let n = chars.len();
    let triple = at(i + 1) == q && at(i + 2) == q;
    let mut j = if triple { i + 3 } else { i + 1 };
    let mut lines = 0;
    while j < n {
        let c = at(j);
        if c == '\\' {
            if at(j + 1) == '\n' {
                lines += 1;
            }
            j += 2;
            continue;
        }
        if c == '\n' {
            if !triple {
                return (j, false, lines);
            }
            lines += 1;
        }
        if c == q && (!triple || (at(j + 1) == q && at(j + 2) == q)) {
            return (if triple { j + 3 } else { j + 1 }, true, lines);
        }
        j += 1;
    }
    (n, false, lines)
}

/// The end of the number starting at `i`, and CPython's complaint about it, if any.
fn number_end(chars: &[(usize, char)], i: usize) -> (usize, Option<String>) {
    let at = |k: usize| chars.get(k).map_or('\0', |&(_, c)| c);
    let n = chars.len();
    // Digits of `radix` with single underscores between them, from `j`; (end, bad digit,
    // bad underscore).
    let digits = |mut j: usize, ok: &dyn Fn(char) -> bool| -> (usize, bool) {
        let mut bad_underscore = false;
        while j < n {
            let c = at(j);
            if ok(c) {
                j += 1;
            } else if c == '_' {
                if !ok(at(j + 1)) {
                    bad_underscore = true;
                    j += 1;
                    break;
                }
                j += 1;
            } else {
                break;
            }
        }
        (j, bad_underscore)
    };
    // What follows a number must not continue a name, except a few keywords.
    let tail = |j: usize, what: &str| -> Option<String> {
        if is_id_continue(at(j)) {
            let mut k = j;
            while k < n && is_id_continue(at(k)) {
                k += 1;
            }
            let word: String = chars[j..k].iter().map(|&(_, c)| c).collect();
            if !AFTER_NUMBER.contains(&word.as_str()) {
                return Some(format!("invalid {what} literal"));
            }
        }
        None
    };
    if at(i) == '0' && matches!(at(i + 1), 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
        let (what, radix) = match at(i + 1).to_ascii_lowercase() {
            'x' => ("hexadecimal", 16),
            'o' => ("octal", 8),
            _ => ("binary", 2),
        };
        let (j, bad_us) = digits(i + 2, &|c: char| c.is_digit(radix));
        if bad_us || j == i + 2 && !at(j).is_ascii_digit() {
            return (j, Some(format!("invalid {what} literal")));
        }
        if at(j).is_ascii_digit() {
            return (
                j + 1,
                Some(format!("invalid digit '{}' in {what} literal", at(j))),
            );
        }
        return (j, tail(j, what));
    }
    let dec = |c: char| c.is_ascii_digit();
    let (mut j, bad_us) = if at(i) == '.' {
        (i, false)
    } else {
        digits(i, &dec)
    };
    if bad_us {
        return (j, Some("invalid decimal literal".into()));
    }
    let int_part: String = chars[i..j].iter().map(|&(_, c)| c).collect();
    let mut is_float = false;
    if at(j) == '.' {
        is_float = true;
        let (k, bad) = digits(j + 1, &dec);
        if bad {
            return (k, Some("invalid decimal literal".into()));
        }
        j = k;
    }
    if matches!(at(j), 'e' | 'E') {
        let mut k = j + 1;
        if matches!(at(k), '+' | '-') {
            k += 1;
        }
        if !at(k).is_ascii_digit() {
            // `1else`: the keyword, not an exponent.
            if tail(j, "decimal").is_none() && !matches!(at(j + 1), '+' | '-') {
                return (j, None);
            }
            return (k, Some("invalid decimal literal".into()));
        }
        let (k, bad) = digits(k, &dec);
        if bad {
            return (k, Some("invalid decimal literal".into()));
        }
        j = k;
        is_float = true;
    }
    if matches!(at(j), 'j' | 'J') {
        return (j + 1, tail(j + 1, "imaginary"));
    }
    let leading_zeros = int_part.len() > 1
        && int_part.starts_with('0')
        && int_part.chars().any(|c| c.is_ascii_digit() && c != '0');
    if leading_zeros && !is_float {
        return (
            j,
            Some(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .into(),
            ),
        );
    }
    (j, tail(j, "decimal"))
}

/// CPython's error for source whose parse failed with `parsed` at byte `offset`.
pub(crate) fn refine(src: &str, parsed: CompileError, offset: usize) -> CompileError {
    let s = scan(src);
    // Errors before the parse error are the tokenizer's, met first. After it, CPython
    // tokenizes on to the end of the file, but only errors its tokenizer raises itself
    // replace the parser's, and its scan stops at the first indentation error.
    if let Some((at, e, raised)) = s.errors.first() {
        if *at <= offset || *raised {
            return e.clone();
        }
    }
    let at_eof = offset >= src.trim_end().len();
    if std::env::var_os("PYJIT_DEBUG_PARSE").is_some() {
        eprintln!(
            "parse error at {offset} line {}: {}",
            parsed.line, parsed.message
        );
    }
    if let Some(&(open, open_line)) = s.open_at_end.last() {
        if at_eof || open_line < parsed.line || scans_to_end(&s, offset) {
            return CompileError::syntax(format!("'{open}' was never closed"), open_line);
        }
    }
    parser_rule(&s, offset, at_eof).unwrap_or(parsed)
}

/// Whether `t` can end an operand: a name (not a keyword), a number, a string, a `)`.
fn ends_operand(s: &Scan, t: &Tok) -> bool {
    match t.kind {
        Kind::Name => !KEYWORDS.contains(&s.text(t)),
        Kind::Number | Kind::Str | Kind::Close => true,
        _ => false,
    }
}

/// Whether CPython's parser, failing at `offset` inside a bracket that is never closed,
/// would have read on to the end of the file (and so reports the bracket): after an
/// operand, another operand starts what its second pass tries as a missing comma's second
/// expression, unless an operator follows it on the line; `name =` could be a keyword
/// argument. (An operator that cannot go on, `[1, = 2`, fails where it is.)
fn scans_to_end(s: &Scan, offset: usize) -> bool {
    let Some(t) = s.toks.iter().position(|t| t.end > offset) else {
        return true;
    };
    let Some(before) = t.checked_sub(1).map(|b| &s.toks[b]) else {
        return false;
    };
    let here = &s.toks[t];
    if !ends_operand(s, before) {
        return false;
    }
    match here.kind {
        Kind::Name | Kind::Number | Kind::Str | Kind::Open => {
            let next = s.toks.get(t + 1);
            !next.is_some_and(|n| {
                n.line == here.line && n.kind == Kind::Op && !matches!(s.text(n), "," | ".")
            })
        }
        // (CPython's `invalid_kwarg` needs no token past the `=`: `f(a.b = 1`.)
        // Elsewhere `x = 5, 6` in a bracket is named at once, `x = 5` then a newline and
        // more is not (measured, not derived: the second pass's look-ahead).
        Kind::Op => {
            s.text(here) == "="
                && !bad_kwarg(s, t)
                && s.toks.get(t + 2).is_none_or(|n| s.text(n) != ",")
        }
        _ => false,
    }
}

/// The header keywords whose line must end in `:`, with CPython's name for the block.
fn block_name(word: &str) -> Option<&'static str> {
    Some(match word {
        "if" => "'if' statement",
        "elif" => "'elif' statement",
        "else" => "'else' statement",
        "for" => "'for' statement",
        "while" => "'while' statement",
        "with" => "'with' statement",
        "try" => "'try' statement",
        "except" => "'except' statement",
        "finally" => "'finally' statement",
        "def" => "function definition",
        "class" => "class definition",
        _ => return None,
    })
}

/// Whether `l` is a compound statement's header that lacks only its final `:` (CPython's
/// `invalid_*_stmt` rules: `if x`, `def f()`, `class A`, `else`; not `def`, `if` alone).
fn header_without_colon(s: &Scan, l: &Logical) -> bool {
    let toks = &s.toks[l.first..=l.last];
    let text = |k: usize| toks.get(k).map_or("", |t| s.text(t));
    if toks.iter().any(|t| t.depth == 0 && s.text(t) == ":") {
        return false;
    }
    let body = toks.len() - 2; // tokens between the keyword and the end of the line
    match text(0) {
        "else" | "try" | "finally" => body == 0,
        "def" => toks[1].kind == Kind::Name && text(2) == "(" && text(toks.len() - 2) == ")",
        "class" => toks[1].kind == Kind::Name,
        "if" | "elif" | "while" | "for" | "with" | "except" => {
            let last = &toks[toks.len() - 2];
            body > 0
                && last.kind != Kind::Op
                && !(last.kind == Kind::Name && KEYWORDS.contains(&s.text(last)))
        }
        _ => false,
    }
}

fn parser_rule(s: &Scan, offset: usize, at_eof: bool) -> Option<CompileError> {
    // The failing token, and its logical line.
    let t = match s.toks.iter().position(|t| t.end > offset) {
        Some(t) => t,
        None => s.toks.len().checked_sub(1)?,
    };
    let li = s.lines.iter().position(|l| l.first <= t && t <= l.last)?;
    let l = s.lines[li];
    let first = &s.toks[l.first];
    let first_word = if first.kind == Kind::Name {
        s.text(first)
    } else {
        ""
    };
    let ends_with_colon = |l: &Logical| l.last > l.first && s.text(&s.toks[l.last - 1]) == ":";
    let prev = li.checked_sub(1).map(|p| s.lines[p]);

    // Indentation: the failing token starts its line (or the file ended after a header).
    if at_eof && ends_with_colon(&l) && t >= l.last {
        let what = block_name(first_word)?;
        return Some(err(
            CompileErrorKind::Indentation,
            format!(
                "expected an indented block after {what} on line {}",
                first.line
            ),
            first.line,
        ));
    }
    if t == l.first && prev.is_none() && l.indent > 0 {
        return Some(err(
            CompileErrorKind::Indentation,
            "unexpected indent",
            first.line,
        ));
    }
    if t == l.first {
        if let Some(p) = prev {
            let header = &s.toks[p.first];
            if ends_with_colon(&p) && l.indent <= p.indent {
                if let Some(what) = block_name(s.text(header)) {
                    return Some(err(
                        CompileErrorKind::Indentation,
                        format!(
                            "expected an indented block after {what} on line {}",
                            header.line
                        ),
                        first.line,
                    ));
                }
            }
            if l.indent < p.indent && s.text(header) == "@" {
                // A decorator, then a dedent.
                return Some(err(
                    CompileErrorKind::Indentation,
                    "unexpected unindent",
                    first.line,
                ));
            }
            if l.indent > p.indent && !ends_with_colon(&p) {
                if header_without_colon(s, &p) {
                    // The header's line ended without its `:`.
                    return Some(CompileError::syntax("expected ':'", header.line));
                }
                return Some(err(
                    CompileErrorKind::Indentation,
                    "unexpected indent",
                    first.line,
                ));
            }
        }
        // A `try:` block this line's dedent closes, without `except` or `finally`: walk
        // out through the blocks that hold the previous line.
        let mut inner = prev.map_or(0, |p| p.indent);
        for p in s.lines[..li].iter().rev() {
            if p.indent >= inner {
                continue;
            }
            inner = p.indent;
            if p.indent < l.indent {
                break;
            }
            let sibling = p.indent == l.indent && matches!(first_word, "except" | "finally");
            if s.text(&s.toks[p.first]) == "try" && ends_with_colon(p) && !sibling {
                return Some(CompileError::syntax(
                    "expected 'except' or 'finally' block",
                    first.line,
                ));
            }
        }
    }

    let toks = &s.toks[l.first..=l.last];
    // Tokens CPython's grammar demands (`&&'('`, `&&':'`): `def f x`, `def f() x`,
    // `else x`.
    let text = |k: usize| toks.get(k).map_or("", |t| s.text(t));
    if first_word == "def"
        && toks
            .get(1)
            .is_some_and(|n| n.kind == Kind::Name && !KEYWORDS.contains(&s.text(n)))
    {
        if toks[2].kind != Kind::Newline && text(2) != "(" {
            return Some(CompileError::syntax("expected '('", first.line));
        }
        let close = toks[3..]
            .iter()
            .position(|c| c.kind == Kind::Close && c.depth == first.depth)
            .map(|k| k + 3);
        if let Some(k) = close {
            if !matches!(text(k + 1), ":" | "->") && toks[k + 1].kind != Kind::Newline {
                return Some(CompileError::syntax("expected ':'", first.line));
            }
        }
    }
    // (`else`/`finally` only where they continue a statement: after a sibling block.)
    let continues = first_word == "try"
        || s.lines[..li]
            .iter()
            .rev()
            .find(|p| p.indent <= l.indent)
            .is_some_and(|p| p.indent == l.indent);
    if matches!(first_word, "else" | "try" | "finally")
        && continues
        && toks[1].kind != Kind::Newline
        && text(1) != ":"
    {
        return Some(CompileError::syntax("expected ':'", first.line));
    }
    // `print x`, anywhere an expression can be (CPython's `invalid_legacy_expression`):
    // the failing token follows the name (or is the end of `print []`).
    let legacy = match t.checked_sub(1).map(|b| s.toks[b].kind) {
        Some(Kind::Open) if t >= 2 && s.toks[t].kind == Kind::Close => t.checked_sub(2),
        _ => t.checked_sub(1),
    };
    if let Some(b) = legacy.map(|b| &s.toks[b]) {
        let t = s.toks.iter().position(|x| x.start > b.start).unwrap_or(t);
        let name = s.text(b);
        let attr = t >= 2 && s.text(&s.toks[t - 2]) == ".";
        let here = &s.toks[t];
        let operand = match here.kind {
            Kind::Name => !KEYWORDS.contains(&s.text(here)) || s.text(here) == "lambda",
            Kind::Number | Kind::Str | Kind::Open => s.text(here) != "(",
            _ => false,
        };
        // At the start of an expression, not inside one (`n + print 1`).
        let starts = b.start == s.toks[l.first].start || {
            let p = &s.toks[s.toks.iter().position(|x| x.start == b.start).unwrap_or(1) - 1];
            p.kind == Kind::Open
                || matches!(s.text(p), "," | "=" | ":" | "return" | "yield" | "lambda")
        };
        // (Not in a parameter list: `def f(print x)` is no expression.)
        let params = first_word == "def";
        if b.kind == Kind::Name
            && matches!(name, "print" | "exec")
            && !attr
            && operand
            && starts
            && !params
        {
            return Some(CompileError::syntax(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                b.line,
            ));
        }
    }
    // `if x = 1:` (a name, then `=`: other targets get other messages in CPython).
    if matches!(first_word, "if" | "elif" | "while") {
        let eq = toks
            .iter()
            .position(|e| e.depth == first.depth && s.text(e) == "=");
        if let Some(k) = eq.filter(|&k| k >= 2 && toks[k].start <= offset) {
            if let Some(e) = misplaced_eq(s, l.first + 1, l.first + k) {
                return Some(e);
            }
        }
    }
    // A header without its `:`.
    if header_without_colon(s, &l) && t == l.last {
        return Some(CompileError::syntax("expected ':'", s.toks[t].line));
    }
    // `a if b` without `else`: the condition ends where the parse failed.
    let here = &s.toks[t];
    let cond_if = toks[1..].iter().enumerate().rev().find(|(k, c)| {
        c.start < here.start && c.depth == here.depth && s.text(c) == "if" && {
            let before = &toks[..*k + 1];
            !before
                .iter()
                .any(|b| b.depth == c.depth && matches!(s.text(b), "for" | "else" | "lambda"))
        }
    });
    if let Some((k, _)) = cond_if {
        let after = &toks[k + 2..];
        let has_else = after
            .iter()
            .take_while(|a| a.start < here.start)
            .any(|a| a.depth == here.depth && s.text(a) == "else");
        let closes = matches!(here.kind, Kind::Newline | Kind::Close) || s.text(here) == ",";
        if !has_else && closes {
            return Some(CompileError::syntax(
                "expected 'else' after 'if' expression",
                here.line,
            ));
        }
    }
    if let Some(e) = bracket_rule(s, t) {
        return Some(e);
    }
    // Two expressions side by side inside brackets.
    // (`a not b`: CPython's rule takes `not b` as the second expression.)
    let (t, here) = if t >= 2 && s.text(&s.toks[t - 1]) == "not" {
        (t - 1, &s.toks[t - 1])
    } else {
        (t, here)
    };
    if here.depth > 0 && t > l.first && first_word != "def" {
        let before = &s.toks[t - 1];
        let starts_expr = match here.kind {
            Kind::Name => !KEYWORDS.contains(&s.text(here)) || s.text(here) == "not",
            Kind::Number | Kind::Str | Kind::Open => true,
            _ => false,
        };
        // `!(NAME STRING)`: the first expression must not be a lone name before a string.
        let lone =
            t >= 2 && (matches!(s.toks[t - 2].kind, Kind::Open) || s.text(&s.toks[t - 2]) == ",");
        let name_string = before.kind == Kind::Name && here.kind == Kind::Str && lone;
        if ends_operand(s, before) && starts_expr && !name_string && before.depth == here.depth {
            return Some(CompileError::syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                here.line,
            ));
        }
    }
    None
}

/// The opening bracket of the innermost bracket holding token `t`.
fn enclosing(s: &Scan, t: usize) -> Option<usize> {
    let here = &s.toks[t];
    let inside = here.depth + usize::from(here.kind == Kind::Close);
    let outer = inside.checked_sub(1)?;
    (0..t)
        .rev()
        .find(|&k| s.toks[k].kind == Kind::Open && s.toks[k].depth == outer)
}

/// Mistakes inside one bracket that CPython's second pass names: a dict display's item
/// without its key or value (`invalid_double_starred_kvpairs`, `invalid_kvpair`), and
/// `=` where an expression goes (`invalid_kwarg` in a call, `invalid_named_expression`
/// elsewhere). `t` is the token the parse failed at.
fn bracket_rule(s: &Scan, t: usize) -> Option<CompileError> {
    if bad_kwarg(s, t) {
        return Some(CompileError::syntax(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            s.toks[item_start(s, t)?].line,
        ));
    }
    let o = enclosing(s, t)?;
    let here = &s.toks[t];
    let depth = s.toks[o].depth + 1;
    let at = |k: usize, text: &str| s.toks[k].depth == depth && s.text(&s.toks[k]) == text;
    let item = item_start(s, t)?;
    let ends_item = here.kind == Kind::Close || s.text(here) == ",";
    // (A dict never closed makes CPython's second pass read on to the end of the file,
    // where the tokenizer reports it.)
    let closed = s.toks[t..]
        .iter()
        .any(|c| c.kind == Kind::Close && c.depth == depth - 1);
    if s.text(&s.toks[o]) == "{" && ends_item && closed {
        if at(t - 1, ":") {
            return Some(CompileError::syntax(
                "expression expected after dictionary key and ':'",
                s.toks[t - 1].line,
            ));
        }
        let dict = (o + 1..t).any(|k| at(k, ":") || at(k, "**"));
        if dict && !(item..t).any(|k| at(k, ":")) {
            return Some(CompileError::syntax(
                "':' expected after dictionary key",
                s.toks[item].line,
            ));
        }
    }
    if s.text(here) != "=" {
        return None;
    }
    if is_call(s, o) {
        return None;
    }
    misplaced_eq(s, item, t)
}

/// The first token of the bracket item that token `t` is in (after the last `,`).
fn item_start(s: &Scan, t: usize) -> Option<usize> {
    let o = enclosing(s, t)?;
    let depth = s.toks[o].depth + 1;
    let item = (o + 1..t)
        .rev()
        .find(|&k| s.toks[k].depth == depth && s.text(&s.toks[k]) == ",")
        .map_or(o + 1, |k| k + 1);
    (item < t).then_some(item)
}

/// Whether the bracket opened at `o` is a call's argument list.
fn is_call(s: &Scan, o: usize) -> bool {
    o > 0 && s.text(&s.toks[o]) == "(" && ends_operand(s, &s.toks[o - 1])
}

/// Whether token `t` is an `=` after a call argument that is not a lone name (`f(a.b = 1)`).
fn bad_kwarg(s: &Scan, t: usize) -> bool {
    if s.text(&s.toks[t]) != "=" {
        return false;
    }
    let (Some(o), Some(item)) = (enclosing(s, t), item_start(s, t)) else {
        return false;
    };
    is_call(s, o) && !(item + 1 == t && s.toks[item].kind == Kind::Name)
}

/// CPython's `invalid_named_expression` for `target = value` where an expression goes
/// (a bracket, an `if` condition): tokens `from..eq` are the target.
fn misplaced_eq(s: &Scan, from: usize, eq: usize) -> Option<CompileError> {
    let first = &s.toks[from];
    let last = &s.toks[eq - 1];
    let lone = from + 1 == eq;
    let what = if lone && first.kind == Kind::Name && !KEYWORDS.contains(&s.text(first)) {
        return Some(CompileError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            first.line,
        ));
    } else if lone && matches!(first.kind, Kind::Number | Kind::Str) {
        "literal"
    } else if primary(s, from, eq) {
        if eq >= from + 3 && s.text(&s.toks[eq - 2]) == "." {
            "attribute"
        } else if s.text(last) == "]" {
            "subscript"
        } else if s.text(last) == ")" {
            "function call"
        } else {
            return None;
        }
    } else if arithmetic(s, from, eq) {
        "expression"
    } else {
        return None;
    };
    Some(CompileError::syntax(
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
        first.line,
    ))
}

/// Whether tokens `from..to` are operands joined by arithmetic operators only (`m % d`,
/// `a.b + 1`): what CPython names "expression" in target errors.
fn arithmetic(s: &Scan, from: usize, to: usize) -> bool {
    let depth = s.toks[from].depth;
    let mut operator = false;
    for tok in &s.toks[from..to] {
        if tok.depth != depth {
            continue;
        }
        match (tok.kind, s.text(tok)) {
            (Kind::Op, "+" | "-" | "*" | "/" | "%" | "//" | "**" | "<<" | ">>" | "&" | "|")
            | (Kind::Op, "^" | "@") => operator = true,
            (Kind::Op, "." | "~") | (Kind::Open | Kind::Close | Kind::Number | Kind::Str, _) => {}
            (Kind::Name, w) if !KEYWORDS.contains(&w) => {}
            _ => return false,
        }
    }
    operator
}

/// Whether tokens `from..to` are one primary: a name followed by attributes, subscripts
/// and calls (`a.b[0](x)`).
fn primary(s: &Scan, from: usize, to: usize) -> bool {
    let first = &s.toks[from];
    if first.kind != Kind::Name || KEYWORDS.contains(&s.text(first)) {
        return false;
    }
    let mut k = from + 1;
    while k < to {
        let tok = &s.toks[k];
        if tok.depth != first.depth {
            k += 1;
            continue;
        }
        match (tok.kind, s.text(tok)) {
            (Kind::Op, ".") if k + 1 < to && s.toks[k + 1].kind == Kind::Name => k += 2,
            (Kind::Open, "[" | "(") | (Kind::Close, _) => k += 1,
            _ => return false,
        }
    }
    true
}
