//! Formatting one argument for one `%` conversion: ports of CPython's
//! `mainformatlong`/`_PyUnicode_FormatLong`, `formatfloat`, `formatchar`
//! and `unicode_format_arg_output` (sign, `#` prefix, `0`/space padding).

use super::Flags;
use crate::error::{NumError, NumResult};
use crate::float::float_repr;
use crate::float::short::{double_to_string, DtsFlags};
use crate::int::Int;

/// An argument as the conversion sees it. The runtime maps its objects:
/// ints (and bools) to `Int`, floats to `Float`; for `%s`/`%r`/`%a` it
/// passes the already computed `str()`/`repr()`/`ascii()` text as `Str`;
/// for `%c` a `str` argument is passed as `Str`; anything else is
/// `Other(type_name)` so the right `TypeError` can be produced.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgValue {
    /// An `int` (or `bool`).
    Int(Int),
    /// A `float`.
    Float(f64),
    /// A `str` (or the converted text for `s`, `r`, `a`).
    Str(String),
    /// Any other object, described by its Python type name.
    Other(String),
}

impl ArgValue {
    fn type_name(&self) -> &str {
        match self {
            ArgValue::Int(_) => "int",
            ArgValue::Float(_) => "float",
            ArgValue::Str(_) => "str",
            ArgValue::Other(t) => t,
        }
    }
}

/// A fully resolved conversion (stars already replaced by values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    /// Flags (a negative `*` width has already set `ljust`).
    pub flags: Flags,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// Conversion character.
    pub conv: char,
}

/// `_PyUnicode_FormatLong`: digits with optional `0x`/`0o` prefix and at
/// least `prec` digits.
fn format_long(v: &Int, alt: bool, prec: Option<usize>, conv: char) -> NumResult<String> {
    let prec = prec.unwrap_or(0);
    if prec > i32::MAX as usize - 3 {
        return Err(NumError::overflow("precision too large"));
    }
    let (text, prefix) = match conv {
        'o' => (v.to_str_radix(8), "0o"),
        'x' | 'X' => (v.to_str_radix(16), "0x"),
        _ => (v.to_decimal_string()?, ""),
    };
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, &text[..]),
    };
    let mut out = String::with_capacity(text.len() + prec + 2);
    if neg {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    for _ in digits.len()..prec {
        out.push('0');
    }
    out.push_str(digits);
    if conv == 'X' {
        out = out.to_ascii_uppercase();
    }
    Ok(out)
}

fn wrong_int_type(conv: char, type_name: &str) -> NumError {
    let what = if matches!(conv, 'o' | 'x' | 'X') {
        "an integer is required"
    } else {
        "a real number is required"
    };
    NumError::type_error(format!(
        "%{conv} format: {what}, not {}",
        crate::pystr::truncate_chars(type_name, 200)
    ))
}

fn format_char(v: &ArgValue) -> NumResult<String> {
    let requires = || NumError::type_error("%c requires int or char");
    match v {
        ArgValue::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c.to_string()),
                _ => Err(requires()),
            }
        }
        ArgValue::Int(i) => {
            let c = i
                .as_i64()
                .and_then(|x| u32::try_from(x).ok())
                .filter(|&x| x <= 0x10ffff)
                .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
            // Lone surrogates cannot live in a Rust string; use U+FFFD.
            Ok(char::from_u32(c).unwrap_or('\u{fffd}').to_string())
        }
        _ => Err(requires()),
    }
}

/// Format one value for one conversion (`s r a c d i u o x X e E f F g G`).
/// Unknown conversion characters are the caller's business (their error
/// message needs the position in the format string).
pub fn format_value(c: &Conversion, v: &ArgValue) -> NumResult<String> {
    let mut numeric = false;
    let text = match c.conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            numeric = true;
            let i = match v {
                ArgValue::Int(i) => i.clone(),
                ArgValue::Float(f) if matches!(c.conv, 'd' | 'i' | 'u') => Int::from_f64(*f)?,
                other => return Err(wrong_int_type(c.conv, other.type_name())),
            };
            format_long(&i, c.flags.alt, c.precision, c.conv)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            numeric = true;
            let x = match v {
                ArgValue::Float(f) => *f,
                ArgValue::Int(i) => i.to_f64()?,
                other => {
                    return Err(NumError::type_error(format!(
                        "must be real number, not {}",
                        crate::pystr::truncate_chars(other.type_name(), 200)
                    )))
                }
            };
            let flags = DtsFlags {
                alt: c.flags.alt,
                ..DtsFlags::default()
            };
            double_to_string(x, c.conv, c.precision.unwrap_or(6), flags)
        }
        'c' => format_char(v)?,
        _ => match v {
            ArgValue::Str(s) => s.clone(),
            ArgValue::Int(i) => i.to_decimal_string()?,
            ArgValue::Float(f) => float_repr(*f),
            ArgValue::Other(t) => t.clone(),
        },
    };
    Ok(output(c, numeric, &text))
}

/// Port of `unicode_format_arg_output`.
fn output(c: &Conversion, numeric: bool, text: &str) -> String {
    let mut sign = numeric;
    let fill = if sign && c.flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if matches!(c.conv, 's' | 'r' | 'a') {
        if let Some(p) = c.precision {
            len = len.min(p as i64);
        }
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let first = chars.first().copied().unwrap_or('\0');
        if first == '-' || first == '+' {
            signchar = first;
            len -= 1;
            pindex += 1;
        } else if c.flags.sign {
            signchar = '+';
        } else if c.flags.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    let mut width = c.width.map_or(-1, |w| w as i64).max(len);
    let alt_prefix = c.flags.alt && matches!(c.conv, 'x' | 'X' | 'o');
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(c.conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !c.flags.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(c.conv);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(spec: &str, v: ArgValue) -> String {
        // Tiny spec parser for tests: flags, width, .precision, conv.
        let t = super::super::Template::parse(spec);
        let d = match &t.pieces[0] {
            super::super::Piece::Directive(d) => d.clone(),
            _ => unreachable!(),
        };
        let num = |c: super::super::Count| match c {
            super::super::Count::Value(v) => Some(v),
            _ => None,
        };
        let c = Conversion {
            flags: d.flags,
            width: num(d.width),
            precision: num(d.precision),
            conv: d.conv.unwrap(),
        };
        format_value(&c, &v).unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
    }

    fn i(v: i64) -> ArgValue {
        ArgValue::Int(Int::Small(v))
    }

    #[test]
    fn integers() {
        assert_eq!(conv("%+#010x", i(255)), "+0x00000ff");
        assert_eq!(conv("%#.5x", i(255)), "0x000ff");
        assert_eq!(conv("%#X", i(255)), "0XFF");
        assert_eq!(conv("%#x", i(-255)), "-0xff");
        assert_eq!(conv("%.3d", i(-5)), "-005");
        assert_eq!(conv("%05d", i(-42)), "-0042");
        assert_eq!(conv("%-010d|", i(5)), "5         ");
        assert_eq!(conv("% d", i(5)), " 5");
        assert_eq!(conv("%d", ArgValue::Float(3.7)), "3");
        assert_eq!(
            conv("%x", ArgValue::Float(1.5)),
            "TypeError: %x format: an integer is required, not float"
        );
        assert_eq!(
            conv("%d", ArgValue::Str("a".into())),
            "TypeError: %d format: a real number is required, not str"
        );
    }

    #[test]
    fn floats_chars_strings() {
        assert_eq!(conv("%010.3f", ArgValue::Float(-4.56789)), "-00004.568");
        assert_eq!(conv("%010f", ArgValue::Float(f64::INFINITY)), "0000000inf");
        assert_eq!(conv("%+f", ArgValue::Float(f64::NAN)), "+nan");
        assert_eq!(conv("%#g", ArgValue::Float(1.0)), "1.00000");
        assert_eq!(conv("%E", ArgValue::Float(1.5)), "1.500000E+00");
        assert_eq!(
            conv("%f", ArgValue::Str("a".into())),
            "TypeError: must be real number, not str"
        );
        assert_eq!(conv("%5c", i(65)), "    A");
        assert_eq!(conv("%c", ArgValue::Str("é".into())), "é");
        assert_eq!(
            conv("%c", ArgValue::Str("ab".into())),
            "TypeError: %c requires int or char"
        );
        assert_eq!(
            conv("%c", i(-1)),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(conv("%5.1s", ArgValue::Str("abc".into())), "    a");
        assert_eq!(conv("%-5s", ArgValue::Str("ab".into())), "ab   ");
        assert_eq!(conv("%05s", ArgValue::Str("ab".into())), "   ab");
        assert_eq!(conv("%+s", ArgValue::Str("ab".into())), "ab");
    }
}
