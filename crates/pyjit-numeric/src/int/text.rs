//! `int` <-> text: `str()`/`repr()` (with CPython 3.11's 4300-digit limit),
//! `hex()`/`oct()`/`bin()`, and `int(str, base)` parsing with Python's
//! rules for prefixes, underscores, signs, whitespace and Unicode digits.

use std::fmt;

use num_bigint::{BigInt, BigUint};

use super::Int;
use crate::error::{NumError, NumResult};
use crate::pystr::{is_c_space, str_repr, transform_decimal_and_space, truncate_chars};

/// `sys.get_int_max_str_digits()` default in CPython 3.11.
pub const MAX_STR_DIGITS: usize = 4300;

impl fmt::Display for Int {
    /// Decimal representation without the digit limit.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

impl Int {
    /// Digits in `radix` (2..=36), lowercase, with a leading `-` for
    /// negative values and no prefix. Not subject to the digit limit.
    pub fn to_str_radix(&self, radix: u32) -> String {
        match self {
            Int::Small(v) => {
                let m = v.unsigned_abs();
                let digits = match radix {
                    10 => m.to_string(),
                    16 => format!("{m:x}"),
                    8 => format!("{m:o}"),
                    2 => format!("{m:b}"),
                    _ => BigUint::from(m).to_str_radix(radix),
                };
                if *v < 0 {
                    format!("-{digits}")
                } else {
                    digits
                }
            }
            Int::Big(b) => b.to_str_radix(radix),
        }
    }

    /// `str(self)`: decimal, raising `ValueError` beyond 4300 digits as
    /// CPython 3.11 does.
    pub fn to_decimal_string(&self) -> NumResult<String> {
        if let Int::Big(b) = self {
            // value >= 2**(bits-1) >= 10**4300 guarantees too many digits.
            if (b.bits() - 1) as f64 * std::f64::consts::LOG10_2 >= MAX_STR_DIGITS as f64 + 1.0 {
                return Err(str_limit_error());
            }
            let s = b.to_string();
            let digits = s.len() - usize::from(s.starts_with('-'));
            if digits > MAX_STR_DIGITS {
                return Err(str_limit_error());
            }
            return Ok(s);
        }
        Ok(self.to_string())
    }

    /// `hex(self)`, e.g. `-0xff`.
    pub fn hex(&self) -> String {
        self.prefixed(16, "0x")
    }

    /// `oct(self)`, e.g. `0o17`.
    pub fn oct(&self) -> String {
        self.prefixed(8, "0o")
    }

    /// `bin(self)`, e.g. `-0b101`.
    pub fn bin(&self) -> String {
        self.prefixed(2, "0b")
    }

    fn prefixed(&self, radix: u32, prefix: &str) -> String {
        let s = self.to_str_radix(radix);
        match s.strip_prefix('-') {
            Some(rest) => format!("-{prefix}{rest}"),
            None => format!("{prefix}{s}"),
        }
    }

    /// `int(s, base)` for a `str` argument. `base` is 0 or 2..=36.
    pub fn parse(s: &str, base: i64) -> NumResult<Int> {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
        }
        let ascii = transform_decimal_and_space(s);
        match parse_ascii(ascii.as_bytes(), base as u32) {
            Ok(v) => Ok(v),
            Err(ParseFail::TooManyDigits(n)) => Err(NumError::value(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
                 value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))),
            Err(ParseFail::Invalid) => Err(NumError::value(format!(
                "invalid literal for int() with base {base}: {}",
                truncate_chars(&str_repr(s), 200)
            ))),
        }
    }
}

fn str_limit_error() -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

enum ParseFail {
    Invalid,
    TooManyDigits(usize),
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// Port of CPython's `PyLong_FromString` over an ASCII buffer.
fn parse_ascii(s: &[u8], base: u32) -> Result<Int, ParseFail> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseFail::Invalid);
    }
    let start = i;
    let mut prev = 0u8;
    let mut ndigits = 0usize;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(ParseFail::Invalid);
            }
        } else {
            ndigits += 1;
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseFail::Invalid);
    }
    if !base.is_power_of_two() && ndigits > MAX_STR_DIGITS {
        return Err(ParseFail::TooManyDigits(ndigits));
    }
    if ndigits == 0 {
        return Err(ParseFail::Invalid);
    }
    let digits = &s[start..i];
    let mut value = digits_to_int(digits, base);
    if error_if_nonzero && !value.is_zero() {
        return Err(ParseFail::Invalid);
    }
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseFail::Invalid);
    }
    if negative {
        value = -value;
    }
    Ok(value)
}

/// Value of validated digits (underscores allowed) in `base`.
fn digits_to_int(digits: &[u8], base: u32) -> Int {
    let mut acc: u64 = 0;
    let mut fits = true;
    for &d in digits.iter().filter(|&&d| d != b'_') {
        match acc
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(digit_value(d))))
        {
            Some(v) => acc = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Int::from(acc);
    }
    let clean: Vec<u8> = digits.iter().copied().filter(|&d| d != b'_').collect();
    let big = BigInt::parse_bytes(&clean, base).expect("validated digits");
    Int::from_bigint(big)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, base: i64) -> Result<Int, String> {
        Int::parse(s, base).map_err(|e| e.message().to_string())
    }

    #[test]
    fn radix_strings() {
        assert_eq!(Int::Small(-255).hex(), "-0xff");
        assert_eq!(Int::Small(8).oct(), "0o10");
        assert_eq!(Int::Small(-5).bin(), "-0b101");
        assert_eq!(Int::Small(i64::MIN).to_str_radix(16), "-8000000000000000");
        assert_eq!(Int::Small(0).to_str_radix(36), "0");
    }

    #[test]
    fn parsing() {
        assert_eq!(p(" -0x_1f ", 16), Ok(Int::Small(-31)));
        assert_eq!(p("0_0", 0), Ok(Int::Small(0)));
        assert_eq!(p("0b", 16), Ok(Int::Small(11)));
        assert_eq!(p("１２", 10), Ok(Int::Small(12)));
        assert_eq!(p("z", 36), Ok(Int::Small(35)));
        assert_eq!(
            p("abc", 10).unwrap_err(),
            "invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            p("010", 0).unwrap_err(),
            "invalid literal for int() with base 0: '010'"
        );
        for bad in ["", " ", "_1", "1_", "1__0", "+ 1", "0x", "1 2", "--1"] {
            assert!(p(bad, 0).is_err(), "{bad:?}");
        }
        assert_eq!(
            p("1", 1).unwrap_err(),
            "int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            p("99999999999999999999", 10),
            Ok(Int::from_bigint("99999999999999999999".parse().unwrap()))
        );
    }

    #[test]
    fn digit_limit() {
        let s = "1".repeat(5000);
        assert!(p(&s, 10).unwrap_err().contains("value has 5000 digits"));
        assert!(p(&s, 16).is_ok());
        let v = p(&"9".repeat(4300), 10).unwrap();
        assert_eq!(v.to_decimal_string().unwrap().len(), 4300);
        let w = &v + &Int::Small(1);
        assert!(w.to_decimal_string().is_err());
    }
}
