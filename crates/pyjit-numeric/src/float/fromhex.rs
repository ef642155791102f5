//! `float.fromhex(s)`: CPython's hexadecimal float syntax, rounded half-to-even to the
//! nearest double (subnormals included), as `Objects/floatobject.c` does.

use crate::error::{NumError, NumResult};

const INVALID: &str = "invalid hexadecimal floating-point string";
const TOO_LARGE: &str = "hexadecimal value too large to represent as a float";

/// Parses `[ws][sign](inf|infinity|nan|[0x]digits[.digits][p[sign]decimal])[ws]`.
pub fn float_fromhex(s: &str) -> NumResult<f64> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    // The first 16 significant hex digits (64 bits) are kept exactly; any non-zero digit
    // after them only sets `sticky`, which is all half-to-even rounding needs to know.
    let (mut mant, mut kept, mut sticky, mut exp, mut ndigits) = (0u64, 0, false, 0i64, 0);
    let mut frac = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !frac {
            frac = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        ndigits += 1;
        if frac {
            exp -= 4;
        }
        if mant == 0 && d == 0 {
            // A leading zero: only its place counts.
        } else if kept < 16 {
            mant = mant << 4 | u64::from(d);
            kept += 1;
        } else {
            sticky |= d != 0;
            exp += 4;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(NumError::value(INVALID));
    }
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturates far beyond any double's range; the value is then 0 or too large.
            e = (e * 10 + i64::from(b[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(NumError::value(INVALID));
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return Err(NumError::value(INVALID));
    }
    if mant == 0 {
        return Ok(sign(0.0));
    }
    let top = exp + 63 - i64::from(mant.leading_zeros());
    if top > 1023 {
        return Err(NumError::overflow(TOO_LARGE));
    }
    // The place of the last bit kept: 53 bits for a normal result, fewer for a subnormal.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let mut q: u128 = if shift <= 0 {
        u128::from(mant) << (-shift)
    } else if shift >= 128 {
        0
    } else {
        let m = u128::from(mant);
        let q = m >> shift;
        let rem = m & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        q + u128::from(up)
    };
    let mut lsb = lsb;
    if q == 1 << 53 {
        q >>= 1;
        lsb += 1;
    }
    // With `q < 2**53`, `(lsb + 1074) << 52 + q` is the double's bit pattern, for normal
    // results (the hidden bit carries into the exponent field) and subnormal ones alike.
    let bits = (((lsb + 1074) as u64) << 52) + q as u64;
    if bits >= 0x7ff0_0000_0000_0000 {
        return Err(NumError::overflow(TOO_LARGE));
    }
    Ok(sign(f64::from_bits(bits)))
}

#[cfg(test)]
mod tests {
    use super::float_fromhex as f;

    #[test]
    fn exact_and_rounded() {
        assert_eq!(f("0x1.8p1").unwrap(), 3.0);
        assert_eq!(f("  -0X.8  ").unwrap(), -0.5);
        assert_eq!(f("1p-1074").unwrap(), 5e-324);
        assert_eq!(f("0x1.fffffffffffffp+1023").unwrap(), f64::MAX);
        // Ties go to even: 1 + 2**-53 rounds down, 1 + 3 * 2**-53 up.
        assert_eq!(f("0x1.00000000000008").unwrap(), 1.0);
        assert_eq!(f("0x1.00000000000018").unwrap(), 1.0 + 2.0 * f64::EPSILON);
        assert_eq!(f("0x1.000000000000080001").unwrap(), 1.0 + f64::EPSILON);
        assert_eq!(f("0x0.0p+99999999999").unwrap(), 0.0);
        assert!(f("-nan").unwrap().is_nan());
        assert_eq!(f("-Infinity").unwrap(), f64::NEG_INFINITY);
        assert_eq!(f("1e5").unwrap(), 485.0);
    }

    #[test]
    fn errors() {
        for bad in ["", "0x", ".", "0x1p", "1.2.3", "0x1 p1", "inff", "--1"] {
            assert!(f(bad).is_err(), "{bad:?}");
        }
        assert!(f("0x1p1024").is_err());
        assert!(f("0x1.fffffffffffff8p1023").is_err());
    }
}
