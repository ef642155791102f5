//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! rendered exactly as CPython 3.11's `Python/formatter_unicode.c`.
//!
//! [`FormatSpec::parse`] parses a spec once; [`format_int`],
//! [`format_float`] and [`format_str`] render a value with it. The
//! `builtin_format_*` helpers implement the whole `format(value, spec)`
//! builtin, including the rule that an empty spec means `str(value)`.

mod number;
mod render;

pub use render::{
    builtin_format_float, builtin_format_int, builtin_format_str, format_float, format_int,
    format_str,
};

use crate::error::{NumError, NumResult};
use crate::pystr::decimal_value;

/// Widths and precisions above this raise `MemoryError` rather than
/// attempting a gigantic allocation.
pub(crate) const MAX_FIELD: usize = 1 << 31;

/// Thousands grouping requested in the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// No grouping.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (four for `b`, `o`, `x`, `X`).
    Underscore,
}

/// A parsed format spec. Defaults that depend on the value's type (the
/// alignment, and what a leading `0` means) are resolved when formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// Explicit alignment: one of `< > = ^`.
    pub align: Option<char>,
    /// Sign option: one of `+ - ' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width without an explicit fill.
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Grouping,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
    /// Python type name of the value being formatted (for error messages).
    pub type_name: String,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Render a presentation type for an error message like CPython does.
pub(crate) fn type_char_text(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

impl FormatSpec {
    /// Parse `spec` for a value whose Python type is `type_name` (used only
    /// in error messages such as `Invalid format specifier '...' for object
    /// of type 'int'`).
    pub fn parse(spec: &str, type_name: &str) -> NumResult<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: None,
            type_name: type_name.to_string(),
        };
        if end - pos >= 2 && is_align(chars[pos + 1]) {
            out.fill = Some(chars[pos]);
            out.align = Some(chars[pos + 1]);
            pos += 2;
        } else if end - pos >= 1 && is_align(chars[pos]) {
            out.align = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            out.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && pos < end && chars[pos] == '0' {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = get_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            out.grouping = Grouping::Comma;
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if out.grouping != Grouping::None {
                return Err(comma_and_underscore());
            }
            out.grouping = Grouping::Underscore;
            pos += 1;
        }
        if pos < end && chars[pos] == ',' {
            return Err(comma_and_underscore());
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            out.precision = get_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(NumError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                crate::pystr::truncate_chars(type_name, 200)
            )));
        }
        if pos < end {
            out.ty = Some(chars[pos]);
        }
        Ok(out)
    }

    /// Fill character after resolving the `0` shorthand.
    pub(crate) fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    /// Alignment after resolving defaults (`default` is `<` for strings and
    /// `>` for numbers; a `0` shorthand on numbers means `=`).
    pub(crate) fn align_char(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }

    /// CPython's end-of-parse check that the grouping option suits the
    /// (defaulted) presentation type. Returns the group size.
    pub(crate) fn check_grouping(&self, ty: Option<char>) -> NumResult<usize> {
        let sep = match self.grouping {
            Grouping::None => return Ok(0),
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        };
        match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
            Some(t) => Err(NumError::value(format!(
                "Cannot specify '{sep}' with '{}'.",
                type_char_text(t)
            ))),
        }
    }
}

fn comma_and_underscore() -> NumError {
    NumError::value("Cannot specify both ',' and '_'.")
}

/// CPython's `get_integer`: a run of Unicode decimal digits.
fn get_integer(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| NumError::value("Too many decimal digits in format string"))?;
        *pos += 1;
        n += 1;
    }
    Ok((n > 0).then_some(acc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_fields() {
        let s = FormatSpec::parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alternate);
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Grouping::Comma);
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let z = FormatSpec::parse("010", "int").unwrap();
        assert!(z.zero_pad);
        assert_eq!(z.align_char('>'), '=');
        assert_eq!(z.align_char('<'), '<');
        assert_eq!(z.fill_char(), '0');
    }

    #[test]
    fn parse_errors() {
        let e = |s: &str| {
            FormatSpec::parse(s, "int")
                .unwrap_err()
                .message()
                .to_string()
        };
        assert_eq!(
            e("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(
            e("99999999999999999999"),
            "Too many decimal digits in format string"
        );
    }
}
