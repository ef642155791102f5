//! Python `str` helpers needed by the numeric code: `repr()`/`ascii()` of a
//! string (used in error messages such as `invalid literal for int()`), and
//! the Unicode digit/whitespace normalisation CPython applies before parsing
//! numbers (`_PyUnicode_TransformDecimalAndSpaceToASCII`).

use crate::unicode_tables::{DECIMAL_ZEROS, NON_ASCII_SPACE, NON_PRINTABLE};

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Python's `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        return (0x20..0x7f).contains(&c);
    }
    !in_ranges(NON_PRINTABLE, c)
}

/// Python's `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    let c = c as u32;
    if c < 0x80 {
        return matches!(c, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_ranges(NON_ASCII_SPACE, c)
}

/// The value of a Unicode decimal digit (`unicodedata.decimal`), if any.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if (0x30..=0x39).contains(&c) {
        return Some(c - 0x30);
    }
    if c < 0x80 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    (c - zero < 10).then_some(c - zero)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept,
/// Unicode whitespace becomes `' '`, Unicode decimal digits become ASCII
/// digits and anything else becomes `'?'`.
pub(crate) fn transform_decimal_and_space(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if is_space(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// `Py_ISSPACE`: the ASCII whitespace set used by the C-level parsers.
pub(crate) fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let v = c as u32;
    if v <= 0xff {
        let _ = write!(out, "\\x{v:02x}");
    } else if v <= 0xffff {
        let _ = write!(out, "\\u{v:04x}");
    } else {
        let _ = write!(out, "\\U{v:08x}");
    }
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_escape(&mut out, c),
            c if c.is_ascii() => out.push(c),
            c if !ascii_only && is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(s)` for a `str`.
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// Python's `ascii(s)` for a `str`.
pub fn str_ascii(s: &str) -> String {
    quoted(s, true)
}

/// The first `n` characters (code points) of `s`, as C's `%.<n>R`/`%.<n>s`.
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes_and_escapes() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("\t\n\r\\\x00\x7f"), "'\\t\\n\\r\\\\\\x00\\x7f'");
        assert_eq!(
            str_repr("é\u{a0}\u{2028}\u{10ffff}"),
            "'é\\xa0\\u2028\\U0010ffff'"
        );
        assert_eq!(str_ascii("é"), "'\\xe9'");
    }

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('１'), Some(1));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('²'), None);
        assert!(is_space('\u{3000}'));
        assert!(is_space('\x1c'));
        assert!(!is_space('\u{200b}'));
        assert_eq!(transform_decimal_and_space("١٢\u{a0}é"), "12 ?");
        assert_eq!(truncate_chars("héllo", 2), "hé");
    }
}
