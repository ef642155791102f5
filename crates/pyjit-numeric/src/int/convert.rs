//! Conversions between `int` and `float`: correctly rounded `float(int)`,
//! truncating `int(float)`, correctly rounded true division `int / int`,
//! and exact mixed `int`/`float` comparison.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::Int;
use crate::error::{NumError, NumResult};
use crate::float::ieee::{decompose, ldexp};

const TWO_POW_53: i64 = 1 << 53;
const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MIN_EXP: i64 = -1021;

fn too_large() -> NumError {
    NumError::overflow("int too large to convert to float")
}

/// Correctly rounded (half-even) conversion of a magnitude; may return inf.
fn biguint_to_f64(mag: &BigUint) -> f64 {
    let bits = mag.bits();
    if bits <= 64 {
        return mag.to_u64().expect("fits in u64") as f64;
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64().expect("64 bits");
    // Fold every discarded bit into a sticky bit below the rounding point.
    let sticky = u64::from(mag.trailing_zeros().unwrap_or(0) < shift);
    ldexp((top | sticky) as f64, shift.min(4096) as i32)
}

impl Int {
    /// `float(self)`, correctly rounded; `OverflowError` if out of range.
    pub fn to_f64(&self) -> NumResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => {
                let m = biguint_to_f64(b.magnitude());
                if m.is_infinite() {
                    return Err(too_large());
                }
                Ok(if b.sign() == Sign::Minus { -m } else { m })
            }
        }
    }

    /// `int(x)` for a float: truncates toward zero.
    pub fn from_f64(x: f64) -> NumResult<Int> {
        if x.is_nan() {
            return Err(NumError::value("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(NumError::overflow(
                "cannot convert float infinity to integer",
            ));
        }
        let t = x.trunc();
        if t.abs() < 9.223_372_036_854_776e18 {
            return Ok(Int::Small(t as i64));
        }
        let (neg, mant, exp) = decompose(t);
        // |t| >= 2**63, so the exponent is positive.
        let mag = BigInt::from(mant) << exp as usize;
        Ok(Int::from_bigint(if neg { -mag } else { mag }))
    }

    /// True division `self / o`, correctly rounded like CPython's
    /// `long_true_divide` even for huge operands.
    pub fn true_div(&self, o: &Int) -> NumResult<f64> {
        if o.is_zero() {
            return Err(NumError::zero_div("division by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if a.unsigned_abs() <= TWO_POW_53 as u64 && b.unsigned_abs() <= TWO_POW_53 as u64 {
                return Ok(*a as f64 / *b as f64);
            }
        }
        let negate = self.is_negative() != o.is_negative();
        let a = self.as_big();
        let b = o.as_big();
        let q = true_div_magnitudes(a.magnitude(), b.magnitude())?;
        Ok(if negate { -q } else { q })
    }

    /// Exact comparison with a float (`None` when `x` is NaN).
    pub fn cmp_f64(&self, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if x.is_infinite() {
            return Some(if x > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let Int::Small(v) = self {
            if v.unsigned_abs() <= TWO_POW_53 as u64 {
                return (*v as f64).partial_cmp(&x);
            }
        }
        let fl = x.floor();
        let fi = Int::from_f64(fl).expect("finite");
        Some(match self.cmp(&fi) {
            Ordering::Equal if x > fl => Ordering::Less,
            ord => ord,
        })
    }
}

/// `a / b` for magnitudes, following CPython's algorithm: scale so the
/// quotient has `DBL_MANT_DIG + 2` (or `+3`) bits, round half-even using a
/// sticky bit, then scale back exactly.
fn true_div_magnitudes(a: &BigUint, b: &BigUint) -> NumResult<f64> {
    if a.is_zero() {
        return Ok(0.0);
    }
    let a_bits = a.bits() as i64;
    let b_bits = b.bits() as i64;
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return Err(overflow_div());
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(0.0);
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        a << (-shift) as u64
    } else {
        inexact = a.trailing_zeros().unwrap_or(0) < shift as u64;
        a >> shift as u64
    };
    let (q, r) = x.div_rem(b);
    inexact |= !r.is_zero();
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    debug_assert!(extra_bits == 2 || extra_bits == 3);
    let low = q.iter_u64_digits().next().unwrap_or(0) | u64::from(inexact);
    let mask = 1u64 << (extra_bits - 1);
    let mut kept = (&q >> extra_bits as u64).to_u64().expect("at most 54 bits");
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        kept += 1;
    }
    let result = ldexp(kept as f64, (shift + extra_bits) as i32);
    if result.is_infinite() {
        return Err(overflow_div());
    }
    Ok(result)
}

fn overflow_div() -> NumError {
    NumError::overflow("integer division result too large for a float")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Int {
        Int::from_bigint(s.parse::<BigInt>().unwrap())
    }

    fn pow10(n: u32) -> Int {
        Int::from_bigint(num_traits::Pow::pow(BigInt::from(10), n))
    }

    #[test]
    fn true_division() {
        assert_eq!(pow10(400).true_div(&pow10(399)).unwrap(), 10.0);
        assert_eq!(Int::Small(1).true_div(&Int::Small(3)).unwrap(), 1.0 / 3.0);
        assert_eq!(
            Int::Small(0).true_div(&Int::Small(-5)).unwrap().to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(
            pow10(400).true_div(&Int::Small(1)).unwrap_err().message(),
            "integer division result too large for a float"
        );
        assert_eq!(Int::Small(1).true_div(&pow10(400)).unwrap(), 0.0);
        assert_eq!(
            Int::Small(1)
                .true_div(&Int::Small(0))
                .unwrap_err()
                .message(),
            "division by zero"
        );
        // 2**1074 / 3**... style subnormal results.
        let r = Int::Small(1).true_div(&pow10(320)).unwrap();
        assert_eq!(r, 1e-320);
    }

    #[test]
    fn float_conversion() {
        // 2**53 + 1 rounds to even.
        assert_eq!(
            big("9007199254740993").to_f64().unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            big("9007199254740995000000000000000000000")
                .to_f64()
                .unwrap(),
            9.007199254740995e36
        );
        assert_eq!(
            pow10(309).to_f64().unwrap_err().message(),
            "int too large to convert to float"
        );
        assert_eq!(Int::from_f64(-3.9).unwrap(), Int::Small(-3));
        assert_eq!(Int::from_f64(1e20).unwrap(), big("100000000000000000000"));
        assert_eq!(
            Int::from_f64(f64::NAN).unwrap_err().message(),
            "cannot convert float NaN to integer"
        );
    }

    #[test]
    fn mixed_compare() {
        assert_eq!(
            big("9007199254740993").cmp_f64(9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(Int::Small(3).cmp_f64(3.5), Some(Ordering::Less));
        assert_eq!(pow10(400).cmp_f64(f64::INFINITY), Some(Ordering::Less));
        assert_eq!(pow10(400).cmp_f64(1e308), Some(Ordering::Greater));
        assert_eq!(Int::Small(1).cmp_f64(f64::NAN), None);
        assert_eq!(
            big("-100000000000000000000").cmp_f64(-1e20),
            Some(Ordering::Equal)
        );
    }
}
