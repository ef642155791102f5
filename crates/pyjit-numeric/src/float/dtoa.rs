//! Decimal digit generation equivalent to David Gay's `_Py_dg_dtoa` modes
//! 0 (shortest round-trip), 2 (N significant digits) and 3 (N digits after
//! the point), built on Rust's correctly rounded float formatting (which,
//! like dtoa, rounds exact ties to even).

/// Digits of `|x|`: the value is `0.d1d2d3... * 10**decpt`. Trailing zeros
/// are stripped. Zero is `"0"` with `decpt == 1`; a non-zero value that
/// rounds to nothing in fixed mode is `""` with `decpt == -ndigits`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

fn from_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').expect("scientific format");
    let exp: i64 = exp.parse().expect("exponent");
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits == b"0" {
        return Digits { digits, decpt: 1 };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Mode 0: the shortest digit string that round-trips (finite `x`).
pub(crate) fn shortest(x: f64) -> Digits {
    from_sci(&format!("{:e}", x.abs()))
}

/// Mode 2: `n >= 1` significant digits, correctly rounded.
pub(crate) fn significant(x: f64, n: usize) -> Digits {
    from_sci(&format!("{:.*e}", n.max(1) - 1, x.abs()))
}

/// Mode 3: rounded to `n` digits after the decimal point.
pub(crate) fn fixed(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    let s = format!("{:.*}", n, x.abs());
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        decpt = -(n as i64);
    }
    Digits { digits, decpt }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, decpt: i64) -> Digits {
        Digits {
            digits: s.as_bytes().to_vec(),
            decpt,
        }
    }

    #[test]
    fn modes() {
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(123.456), d("123456", 3));
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(significant(2.5, 1), d("2", 1));
        assert_eq!(significant(1234.5, 3), d("123", 4));
        assert_eq!(significant(0.0, 3), d("0", 1));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.001, 2), d("", -2));
        assert_eq!(fixed(100.0, 2), d("1", 3));
        assert_eq!(fixed(0.05, 2), d("5", -1));
    }
}
