//! The `%` operator on strings (`"..." % args`), as CPython 3.11's
//! `PyUnicode_Format`.
//!
//! [`Template::parse`] splits a format string into literal text and
//! [`Directive`]s (`%(key)`, flags `-+ #0`, `*` or numeric width and
//! precision, length modifiers, conversion). Parse errors are kept inside
//! the directive where they occur, so that — exactly as in CPython — an
//! earlier argument error still wins over a later syntax error.
//!
//! The runtime implements [`PercentArgs`] to expose its right-hand operand
//! and convert argument objects to [`ArgValue`]s; [`percent_format`] (or
//! [`Template::render`]) does the rest. [`format_value`] formats one value
//! for one conversion, for callers that drive arguments themselves.

mod convert;
mod driver;

pub use convert::{format_value, ArgValue, Conversion};
pub use driver::{percent_format, ArgRef, PercentArgs};

use crate::error::NumError;

/// The `-+ #0` flags of a directive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: left-justify.
    pub ljust: bool,
    /// `+`: always show a sign.
    pub sign: bool,
    /// ` `: blank before positive numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    Absent,
    /// `*`: taken from the next argument.
    Star,
    /// A literal number.
    Value(usize),
}

/// One `%` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Whether the directive starts with `%(`.
    pub keyed: bool,
    /// The mapping key of `%(key)...`, if it was complete.
    pub key: Option<String>,
    /// Flags.
    pub flags: Flags,
    /// Width.
    pub width: Count,
    /// Precision (`%.f` has precision 0).
    pub precision: Count,
    /// Conversion character (absent if parsing stopped with an error).
    pub conv: Option<char>,
    /// Code point index of the conversion character in the format string.
    pub index: usize,
    /// A syntax error, raised after the fields before it are processed.
    pub error: Option<NumError>,
}

/// A piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text copied verbatim (`%%` becomes a literal `%`).
    Literal(String),
    /// A conversion.
    Directive(Directive),
}

/// A parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The pieces in order; parsing stops after a directive with an error.
    pub pieces: Vec<Piece>,
}

/// Cursor mirroring CPython's `fmtpos`/`fmtcnt` bookkeeping so that edge
/// cases (a format ending inside a directive) behave identically.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    cnt: isize,
}

impl Cursor<'_> {
    fn read(&self) -> char {
        self.chars.get(self.pos).copied().unwrap_or('\0')
    }

    /// `if (--fmtcnt >= 0) { ch = READ(); fmtpos++; }`
    fn advance(&mut self, ch: &mut char) -> bool {
        self.cnt -= 1;
        if self.cnt >= 0 {
            *ch = self.read();
            self.pos += 1;
            true
        } else {
            false
        }
    }
}

impl Template {
    /// Parse a format string.
    pub fn parse(fmt: &str) -> Template {
        let chars: Vec<char> = fmt.chars().collect();
        let mut c = Cursor {
            chars: &chars,
            pos: 0,
            cnt: chars.len() as isize,
        };
        let mut pieces = Vec::new();
        let mut literal = String::new();
        loop {
            c.cnt -= 1;
            if c.cnt < 0 {
                break;
            }
            if c.read() != '%' {
                literal.push(c.read());
                c.pos += 1;
                continue;
            }
            c.pos += 1;
            if c.read() == '%' && c.cnt > 0 {
                c.pos += 1;
                c.cnt -= 1;
                literal.push('%');
                continue;
            }
            if !literal.is_empty() {
                pieces.push(Piece::Literal(std::mem::take(&mut literal)));
            }
            let d = parse_directive(&mut c);
            let stop = d.error.is_some();
            pieces.push(Piece::Directive(d));
            if stop {
                return Template { pieces };
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Template { pieces }
    }
}

fn incomplete() -> NumError {
    NumError::value("incomplete format")
}

/// Port of `unicode_format_arg_parse`; `c.pos` is just past the `%`.
fn parse_directive(c: &mut Cursor<'_>) -> Directive {
    let mut d = Directive {
        keyed: false,
        key: None,
        flags: Flags::default(),
        width: Count::Absent,
        precision: Count::Absent,
        conv: None,
        index: 0,
        error: None,
    };
    let mut ch = c.read();
    if ch == '(' {
        d.keyed = true;
        c.pos += 1;
        c.cnt -= 1;
        let keystart = c.pos;
        let mut pcount = 1;
        while pcount > 0 {
            c.cnt -= 1;
            if c.cnt < 0 {
                break;
            }
            ch = c.read();
            if ch == ')' {
                pcount -= 1;
            } else if ch == '(' {
                pcount += 1;
            }
            c.pos += 1;
        }
        if c.cnt < 0 || pcount > 0 {
            d.error = Some(NumError::value("incomplete format key"));
            return d;
        }
        d.key = Some(c.chars[keystart..c.pos - 1].iter().collect());
    }
    while c.advance(&mut ch) {
        match ch {
            '-' => d.flags.ljust = true,
            '+' => d.flags.sign = true,
            ' ' => d.flags.blank = true,
            '#' => d.flags.alt = true,
            '0' => d.flags.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        d.width = Count::Star;
        c.advance(&mut ch);
    } else if ch.is_ascii_digit() {
        let mut w = ch as usize - '0' as usize;
        while c.advance(&mut ch) {
            if !ch.is_ascii_digit() {
                break;
            }
            let digit = ch as usize - '0' as usize;
            if w > (isize::MAX as usize - digit) / 10 {
                d.error = Some(NumError::value("width too big"));
                return d;
            }
            w = w * 10 + digit;
        }
        d.width = Count::Value(w);
    }
    if ch == '.' {
        d.precision = Count::Value(0);
        c.advance(&mut ch);
        if ch == '*' {
            d.precision = Count::Star;
            c.advance(&mut ch);
        } else if ch.is_ascii_digit() {
            let mut p = ch as usize - '0' as usize;
            while c.advance(&mut ch) {
                if !ch.is_ascii_digit() {
                    break;
                }
                let digit = ch as usize - '0' as usize;
                if p > (i32::MAX as usize - digit) / 10 {
                    d.error = Some(NumError::value("precision too big"));
                    return d;
                }
                p = p * 10 + digit;
            }
            d.precision = Count::Value(p);
        }
    }
    if c.cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        c.advance(&mut ch);
    }
    if c.cnt < 0 {
        d.error = Some(incomplete());
        return d;
    }
    d.conv = Some(ch);
    d.index = c.pos - 1;
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directive(t: &Template, i: usize) -> &Directive {
        match &t.pieces[i] {
            Piece::Directive(d) => d,
            Piece::Literal(l) => panic!("literal {l:?}"),
        }
    }

    #[test]
    fn parses_fields() {
        let t = Template::parse("a%%b%(x(y))-+ #0*.*ld%");
        assert_eq!(t.pieces[0], Piece::Literal("a%b".into()));
        let d = directive(&t, 1);
        assert_eq!(d.key.as_deref(), Some("x(y)"));
        assert!(d.flags.ljust && d.flags.sign && d.flags.blank && d.flags.alt && d.flags.zero);
        assert_eq!((d.width, d.precision), (Count::Star, Count::Star));
        assert_eq!(d.conv, Some('d'));
        assert_eq!(d.index, 20);
        let e = directive(&t, 2);
        assert_eq!(e.error, Some(incomplete()));
    }

    #[test]
    fn parse_errors() {
        let err = |s: &str| {
            let t = Template::parse(s);
            match t.pieces.last() {
                Some(Piece::Directive(d)) => d.error.clone().map(|e| e.message().to_string()),
                _ => None,
            }
        };
        assert_eq!(err("%(a").as_deref(), Some("incomplete format key"));
        assert_eq!(err("%.").as_deref(), Some("incomplete format"));
        assert_eq!(err("%5").as_deref(), Some("incomplete format"));
        assert_eq!(
            err("%99999999999999999999d").as_deref(),
            Some("width too big")
        );
        assert_eq!(err("%.99999999999d").as_deref(), Some("precision too big"));
        assert_eq!(err("%.f"), None);
        let t = Template::parse("%.f");
        assert_eq!(directive(&t, 0).precision, Count::Value(0));
    }
}
