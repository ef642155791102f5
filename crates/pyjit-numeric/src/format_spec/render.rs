//! Rendering ints, floats and strings with a parsed [`FormatSpec`]:
//! ports of CPython's `format_long_internal`, `format_float_internal` and
//! `format_string_internal`, with the same checks in the same order.

use super::number::{pad_str, render_number, Layout, NumberParts};
use super::{type_char_text, FormatSpec, MAX_FIELD};
use crate::error::{NumError, NumResult};
use crate::float::float_repr;
use crate::float::short::{double_to_string, DtsFlags};
use crate::int::Int;

fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_text(ty),
        crate::pystr::truncate_chars(type_name, 200)
    ))
}

fn check_sizes(spec: &FormatSpec) -> NumResult<()> {
    if spec.width.unwrap_or(0) > MAX_FIELD || spec.precision.unwrap_or(0) > MAX_FIELD {
        return Err(NumError::Memory);
    }
    Ok(())
}

fn layout(spec: &FormatSpec, group: usize, sep_ok: bool, upper: bool) -> Layout {
    let sep = match spec.grouping {
        super::Grouping::Comma => Some(','),
        super::Grouping::Underscore => Some('_'),
        super::Grouping::None => None,
    };
    Layout {
        fill: spec.fill_char(),
        align: spec.align_char('>'),
        width: spec.width,
        sign: spec.sign,
        grouping: sep.filter(|_| sep_ok).map(|c| (c, group)),
        upper,
    }
}

/// `format(v, spec)` for an `int` (`spec` parsed by [`FormatSpec::parse`]).
/// Float presentation types convert the value to float first.
pub fn format_int(v: &Int, spec: &FormatSpec) -> NumResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let group = spec.check_grouping(Some(ty))?;
    check_sizes(spec)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, ty, group),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => float_internal(v.to_f64()?, spec, group),
        other => Err(unknown_code(other, &spec.type_name)),
    }
}

fn format_long(v: &Int, spec: &FormatSpec, ty: char, group: usize) -> NumResult<String> {
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if v.as_i64().is_none() {
            return Err(NumError::overflow(
                "Python int too large to convert to C long",
            ));
        }
        let ch = v
            .as_i64()
            .and_then(|x| u32::try_from(x).ok())
            .filter(|&x| x <= 0x10ffff)
            .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates cannot live in a Rust string; use U+FFFD.
        let c = char::from_u32(ch).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &c,
        };
        return Ok(render_number(&parts, &layout(spec, group, false, false)));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let text = if radix == 10 {
        v.to_decimal_string()?
    } else {
        v.to_str_radix(radix)
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, &text[..]),
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(
        &parts,
        &layout(spec, group, ty != 'n', ty == 'X'),
    ))
}

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &FormatSpec) -> NumResult<String> {
    let group = spec.check_grouping(spec.ty)?;
    check_sizes(spec)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            float_internal(v, spec, group)
        }
        Some(other) => Err(unknown_code(other, &spec.type_name)),
    }
}

fn float_internal(v: f64, spec: &FormatSpec, group: usize) -> NumResult<String> {
    if spec.precision.unwrap_or(0) > i32::MAX as usize {
        return Err(NumError::value("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut ty = spec.ty.unwrap_or('r');
    let mut default_precision = 6;
    if spec.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(val, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, &text[..]),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body[n_int..].starts_with('.');
    let remainder = &body[n_int + usize::from(has_decimal)..];
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..n_int],
        has_decimal,
        remainder,
    };
    Ok(render_number(
        &parts,
        &layout(spec, group, spec.ty != Some('n'), false),
    ))
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> NumResult<String> {
    let ty = spec.ty.unwrap_or('s');
    spec.check_grouping(Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, &spec.type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_char('<');
    if align == '=' {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_sizes(spec)?;
    let mut len = s.chars().count();
    let mut body = s;
    if let Some(p) = spec.precision {
        if len > p {
            body = crate::pystr::truncate_chars(s, p);
            len = p;
        }
    }
    Ok(pad_str(body, len, spec.width, align, spec.fill_char()))
}

/// The `format(v, spec)` builtin for an `int` (`""` means `str(v)`).
pub fn builtin_format_int(v: &Int, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return v.to_decimal_string();
    }
    format_int(v, &FormatSpec::parse(spec, "int")?)
}

/// The `format(v, spec)` builtin for a `float` (`""` means `str(v)`).
pub fn builtin_format_float(v: f64, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    format_float(v, &FormatSpec::parse(spec, "float")?)
}

/// The `format(s, spec)` builtin for a `str` (`""` means `s`).
pub fn builtin_format_str(s: &str, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &FormatSpec::parse(spec, "str")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> String {
        builtin_format_int(&Int::Small(v), s).unwrap_or_else(|e| e.message().to_string())
    }

    fn ff(v: f64, s: &str) -> String {
        builtin_format_float(v, s).unwrap_or_else(|e| e.message().to_string())
    }

    fn fs(v: &str, s: &str) -> String {
        builtin_format_str(v, s).unwrap_or_else(|e| e.message().to_string())
    }

    #[test]
    fn ints() {
        assert_eq!(fi(1234567, ","), "1,234,567");
        assert_eq!(fi(1234567, "_x"), "12_d687");
        assert_eq!(fi(1234, "010,"), "00,001,234");
        assert_eq!(fi(-1234, "09,"), "-0,001,234");
        assert_eq!(fi(255, "#X"), "0XFF");
        assert_eq!(fi(255, "#010b"), "0b11111111");
        assert_eq!(fi(-255, "#x"), "-0xff");
        assert_eq!(fi(-1, "0=+10"), "-000000001");
        assert_eq!(fi(1, "<05"), "10000");
        assert_eq!(fi(-5, "^+09"), "000-50000");
        assert_eq!(fi(65, "^5c"), "  A  ");
        assert_eq!(fi(12345, "e"), "1.234500e+04");
        assert_eq!(
            fi(1, ".2"),
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi(1, "z"),
            "Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(fi(1, ",s"), "Cannot specify ',' with 's'.");
        assert_eq!(fi(1, "_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(
            fi(1, "\x01"),
            "Unknown format code '\\x1' for object of type 'int'"
        );
        assert_eq!(
            fi(65, "+c"),
            "Sign not allowed with integer format specifier 'c'"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(ff(1e16, ""), "1e+16");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(0.0001, ""), "0.0001");
        assert_eq!(ff(123.0, ".3"), "1.23e+02");
        assert_eq!(ff(-0.0, "z"), "0.0");
        assert_eq!(ff(f64::NAN, "010"), "0000000nan");
        assert_eq!(ff(f64::INFINITY, "=+10"), "+      inf");
        assert_eq!(ff(0.5, "%"), "50.000000%");
        assert_eq!(ff(1234567.0, ","), "1,234,567.0");
        assert_eq!(ff(1234.5, "012,.2f"), "0,001,234.50");
        assert_eq!(ff(1.0, "#.0e"), "1.e+00");
        assert_eq!(ff(12.0, ".0"), "1e+01");
        assert_eq!(
            ff(1.0, "x"),
            "Unknown format code 'x' for object of type 'float'"
        );
    }

    #[test]
    fn strings() {
        assert_eq!(fs("abc", "^10"), "   abc    ");
        assert_eq!(fs("abc", "x^10"), "xxxabcxxxx");
        assert_eq!(fs("abc", ".2"), "ab");
        assert_eq!(fs("abc", "05"), "abc00");
        assert_eq!(fs("ab", "é>5"), "éééab");
        assert_eq!(fs("a", "+"), "Sign not allowed in string format specifier");
        assert_eq!(fs("a", ","), "Cannot specify ',' with 's'.");
        assert_eq!(
            fs("a", "=5"),
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "abc"),
            "Invalid format specifier 'abc' for object of type 'str'"
        );
    }
}
