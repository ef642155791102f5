//! Small float methods: `float.is_integer()`, `float.as_integer_ratio()` and `float.hex()`.

use num_bigint::BigInt;

use super::ieee::decompose;
use crate::error::{NumError, NumResult};
use crate::int::Int;

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// `x.as_integer_ratio()`: the exact value as a reduced fraction with a
/// positive denominator.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    let (neg, mant, exp) = decompose(x);
    if mant == 0 {
        return Ok((Int::zero(), Int::Small(1)));
    }
    let sign = |v: BigInt| if neg { -v } else { v };
    if exp >= 0 {
        let n = BigInt::from(mant) << exp as usize;
        return Ok((Int::from_bigint(sign(n)), Int::Small(1)));
    }
    let tz = mant.trailing_zeros().min((-exp) as u32);
    let n = BigInt::from(mant >> tz);
    let d = BigInt::from(1) << ((-exp) as u32 - tz) as usize;
    Ok((Int::from_bigint(sign(n)), Int::from_bigint(d)))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` for subnormals), `0x0.0p+0`
/// for zeros, `inf`/`nan` as `repr` spells them.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    // `|x| == mant * 2**exp`: the leading bit (1, or 0 for a subnormal) is bit 52 of the
    // mantissa and the exponent of the hex form is that of the leading digit.
    let (_, mant, exp) = decompose(x);
    format!(
        "{sign}0x{}.{:013x}p{:+}",
        mant >> 52,
        mant & ((1 << 52) - 1),
        exp + 52
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_and_integer() {
        assert_eq!(
            float_as_integer_ratio(0.75).unwrap(),
            (Int::Small(3), Int::Small(4))
        );
        assert_eq!(
            float_as_integer_ratio(-2.0).unwrap(),
            (Int::Small(-2), Int::Small(1))
        );
        assert_eq!(
            float_as_integer_ratio(0.0).unwrap(),
            (Int::Small(0), Int::Small(1))
        );
        assert!(float_as_integer_ratio(f64::NAN).is_err());
        assert!(float_is_integer(3.0));
        assert!(!float_is_integer(3.5));
        assert!(!float_is_integer(f64::INFINITY));
    }
}
