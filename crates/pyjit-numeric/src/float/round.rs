//! `round(x)` (banker's rounding to an int) and `round(x, ndigits)`.
//!
//! CPython rounds `x` to `ndigits` decimal places with dtoa (round-half-even
//! on the *exact* binary value) and reads the decimal string back with a
//! correctly rounded strtod. This does the same thing exactly with big
//! integers: `q = round_half_even(x * 10**n)`, then `q / 10**n` correctly
//! rounded.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Zero};

use super::ieee::decompose;
use crate::error::{NumError, NumResult};
use crate::int::Int;

/// `round(x)` with no `ndigits`: nearest integer, ties to even.
pub fn float_round(x: f64) -> NumResult<Int> {
    Int::from_f64(x.round_ties_even())
}

/// Largest `ndigits` that can change a double (`NDIGITS_MAX` in CPython).
const NDIGITS_MAX: i64 = 323;
/// Smallest `ndigits` not forcing zero (`NDIGITS_MIN` in CPython).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float (`ndigits` already clamped to `i64`).
pub fn float_round_ndigits(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (neg, mant, exp) = decompose(x);
    let ten_pow = |k: u64| -> BigInt { Pow::pow(BigInt::from(10), k) };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if ndigits >= 0 {
        num *= ten_pow(ndigits as u64);
    } else {
        den *= ten_pow(ndigits.unsigned_abs());
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r * 2u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    if q.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let q = Int::from_bigint(q);
    let magnitude = if ndigits >= 0 {
        q.true_div(&Int::from_bigint(ten_pow(ndigits as u64)))
    } else {
        (&q * &Int::from_bigint(ten_pow(ndigits.unsigned_abs()))).to_f64()
    }
    .map_err(|_| NumError::overflow("rounded value too large to represent"))?;
    Ok(if neg { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_int() {
        assert_eq!(float_round(2.5).unwrap(), Int::Small(2));
        assert_eq!(float_round(3.5).unwrap(), Int::Small(4));
        assert_eq!(float_round(-0.5).unwrap(), Int::Small(0));
        assert_eq!(
            float_round(f64::INFINITY).unwrap_err().message(),
            "cannot convert float infinity to integer"
        );
    }

    #[test]
    fn with_digits() {
        assert_eq!(float_round_ndigits(0.125, 2).unwrap(), 0.12);
        assert_eq!(float_round_ndigits(0.375, 2).unwrap(), 0.38);
        assert_eq!(float_round_ndigits(2.675, 2).unwrap(), 2.67);
        assert_eq!(float_round_ndigits(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(float_round_ndigits(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(float_round_ndigits(1350.0, -2).unwrap(), 1400.0);
        assert_eq!(
            float_round_ndigits(-0.4, 0).unwrap().to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(float_round_ndigits(1e308, -308).unwrap(), 1e308);
        assert_eq!(
            float_round_ndigits(1.7976931348623157e308, -308)
                .unwrap_err()
                .message(),
            "rounded value too large to represent"
        );
        assert_eq!(float_round_ndigits(5e-324, 400).unwrap(), 5e-324);
        assert_eq!(float_round_ndigits(12.0, -400).unwrap(), 0.0);
    }
}
