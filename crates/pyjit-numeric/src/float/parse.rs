//! `float(str)`: CPython's `PyFloat_FromString` rules — Unicode digits and
//! whitespace normalised, surrounding whitespace stripped, underscores only
//! between digits, `inf`/`infinity`/`nan` in any case with an optional sign,
//! and decimal literals with optional exponent (no hex floats).

use crate::error::{NumError, NumResult};
use crate::pystr::{is_c_space, str_repr, transform_decimal_and_space};

/// `float(s)` for a `str` argument.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let ascii = transform_decimal_and_space(s);
    parse_ascii(ascii.as_bytes()).ok_or_else(|| {
        NumError::value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    })
}

/// Remove underscores, enforcing CPython's
/// `_Py_string_to_number_with_underscores` placement rules.
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

fn parse_ascii(s: &[u8]) -> Option<f64> {
    let owned;
    let s = if s.contains(&b'_') {
        owned = strip_underscores(s)?;
        &owned[..]
    } else {
        s
    };
    let start = s.iter().position(|&b| !is_c_space(b))?;
    let end = s.iter().rposition(|&b| !is_c_space(b))? + 1;
    let t = &s[start..end];
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match &lower[..] {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !is_decimal_literal(body) {
        return None;
    }
    let text = std::str::from_utf8(t).ok()?;
    text.parse::<f64>().ok()
}

/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit.
fn is_decimal_literal(b: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts() {
        let ok: &[(&str, f64)] = &[
            (" 1e5 ", 1e5),
            ("1_0", 10.0),
            ("1_0.2_5e1_0", 10.25e10),
            ("-iNf", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("1.", 1.0),
            (".5", 0.5),
            ("-0", -0.0),
            ("１.５", 1.5),
            ("\u{3000}2\u{a0}", 2.0),
            ("1e99999", f64::INFINITY),
            ("1e-99999", 0.0),
            ("1e999999999999999999999", f64::INFINITY),
        ];
        for &(s, v) in ok {
            let got = parse_float(s).unwrap();
            assert_eq!(got.to_bits(), v.to_bits(), "{s:?}");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
    }

    #[test]
    fn rejects() {
        for s in [
            "", " ", "abc", "1e", ".", "e5", "1__0", "_1", "1_", "1_.5", "1._5", "0x1p3",
            "infinit", "nan(1)", "1 2", "--1", "+-1", "1e+",
        ] {
            let e = parse_float(s).unwrap_err();
            assert!(
                e.message()
                    .starts_with("could not convert string to float: "),
                "{s:?}"
            );
        }
        assert_eq!(
            parse_float("abc").unwrap_err().message(),
            "could not convert string to float: 'abc'"
        );
    }
}
