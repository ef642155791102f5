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
///
/// Of two shortest strings equally near `x` — `x` exactly halfway between them, as
/// 1605694144777596.25 is between ...596.2 and ...596.3 — dtoa takes the one ending in an
/// even digit, where Rust's formatting takes the upper one.
pub(crate) fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let mut d = from_sci(&format!("{x:e}"));
    let Some(&last) = d.digits.last() else {
        return d;
    };
    if (last - b'0') % 2 == 1 && d.digits.len() > 1 && is_halfway_below(x, &d) {
        *d.digits.last_mut().expect("non-empty") -= 1;
        while d.digits.last() == Some(&b'0') {
            d.digits.pop();
        }
    }
    d
}

/// Whether `x` is exactly halfway between `d` and `d` with its last digit one lower (so both
/// round-trip and are equally near): `x`'s exact decimal expansion is that midpoint.
fn is_halfway_below(x: f64, d: &Digits) -> bool {
    // The midpoint's digits: `d` with its last digit lowered by one, then a 5.
    let mut mid = d.digits.clone();
    *mid.last_mut().expect("non-empty") -= 1;
    mid.push(b'5');
    // Cheap test first: the lowered string must round-trip too.
    let mut lower = d.digits.clone();
    *lower.last_mut().expect("non-empty") -= 1;
    let parse = |ds: &[u8]| -> Option<f64> {
        let s = format!("0.{}e{}", std::str::from_utf8(ds).ok()?, d.decpt);
        s.parse().ok()
    };
    if parse(&lower) != Some(x) {
        return false;
    }
    // A double's exact expansion has at most 767 significant digits.
    let exact = from_sci(&format!("{:.800e}", x));
    exact.decpt == d.decpt && exact.digits == mid
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
        // An exact tie between two shortest strings goes to the even digit, as in dtoa.
        assert_eq!(
            shortest(1605694144777596.0 + 0.25),
            d("16056941447775962", 16)
        );
        assert_eq!(shortest(0.3), d("3", 0));
        assert_eq!(significant(2.5, 1), d("2", 1));
        assert_eq!(significant(1234.5, 3), d("123", 4));
        assert_eq!(significant(0.0, 3), d("0", 1));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.001, 2), d("", -2));
        assert_eq!(fixed(100.0, 2), d("1", 3));
        assert_eq!(fixed(0.05, 2), d("5", -1));
    }
}
