//! Python `int`: an `i64` fast path that transparently promotes to a
//! [`BigInt`] on overflow.
//!
//! The representation is normalised: a value that fits in an `i64` is always
//! [`Int::Small`], so derived equality and hashing are value-based. The
//! operations live in submodules by theme:
//!
//! * `arith` — `+ - * // % divmod`, negation, `abs`, `**` and 3-arg `pow`
//! * `bits` — shifts and two's-complement bitwise operators
//! * `convert` — float conversion, true division, int/float comparison
//! * `text` — `str`/`hex`/`oct`/`bin` and `int(str, base)`
//! * `round` — `round(int, ndigits)`

mod arith;
mod bits;
mod convert;
mod round;
mod text;

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub use text::MAX_STR_DIGITS;

/// A Python `int`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    /// Any value representable as `i64`.
    Small(i64),
    /// Values outside the `i64` range (never one that would fit `Small`).
    Big(BigInt),
}

/// Result of `int ** int`: an int for non-negative exponents, a float
/// (computed as CPython does, via float pow) for negative ones.
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    /// Integer result.
    Int(Int),
    /// Float result (negative exponent).
    Float(f64),
}

/// `2**61 - 1`, the modulus of Python's numeric hash.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

impl Int {
    /// Wrap an `i64`.
    pub fn from_i64(v: i64) -> Int {
        Int::Small(v)
    }

    /// Wrap a [`BigInt`], normalising to `Small` when it fits.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }

    /// Zero.
    pub fn zero() -> Int {
        Int::Small(0)
    }

    /// The value as a [`BigInt`] (allocates for `Small`).
    pub fn to_bigint(&self) -> BigInt {
        self.as_big().into_owned()
    }

    /// Borrow or build a [`BigInt`] view of the value.
    pub(crate) fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from(*v)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as `i64`, if it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// `self == 0`.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// `self < 0`.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// `-1`, `0` or `1`.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    /// Whether the value is odd.
    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.magnitude().bit(0),
        }
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    /// Python's `hash(int)`: `sign * (|n| mod (2**61-1))`, with `-1 -> -2`.
    pub fn py_hash(&self) -> i64 {
        let (neg, r) = match self {
            // Below the modulus (nearly every int) the remainder is the value itself: no
            // 64-bit division, which cost more than the rest of a set lookup.
            Int::Small(v) if v.unsigned_abs() < HASH_MODULUS => (*v < 0, v.unsigned_abs()),
            Int::Small(v) => (*v < 0, v.unsigned_abs() % HASH_MODULUS),
            Int::Big(b) => {
                let r = (b.magnitude() % HASH_MODULUS)
                    .to_u64()
                    .expect("remainder below modulus");
                (b.sign() == Sign::Minus, r)
            }
        };
        let h = if neg { -(r as i64) } else { r as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Int {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }
}

impl From<usize> for Int {
    fn from(v: usize) -> Int {
        Int::from(v as u64)
    }
}

impl From<bool> for Int {
    fn from(v: bool) -> Int {
        Int::Small(i64::from(v))
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            // A normalised Big lies outside the i64 range, so its sign decides.
            (Int::Small(_), Int::Big(b)) => {
                if b.is_positive() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.is_positive() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

impl Zero for Int {
    fn zero() -> Int {
        Int::Small(0)
    }

    fn is_zero(&self) -> bool {
        Int::is_zero(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> Int {
        Int::from_bigint(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn normalisation() {
        assert_eq!(Int::from_bigint(BigInt::from(5)), Int::Small(5));
        assert!(matches!(big("9223372036854775808"), Int::Big(_)));
        assert_eq!(big("-9223372036854775808"), Int::Small(i64::MIN));
    }

    #[test]
    fn ordering() {
        assert!(big("9223372036854775808") > Int::Small(i64::MAX));
        assert!(big("-9223372036854775809") < Int::Small(i64::MIN));
        assert!(big("-99999999999999999999") < big("-9223372036854775809"));
    }

    #[test]
    fn hashing() {
        assert_eq!(Int::Small(-1).py_hash(), -2);
        assert_eq!(Int::Small(-2).py_hash(), -2);
        assert_eq!(Int::Small(1 << 61).py_hash(), 1);
        assert_eq!(Int::Small(i64::MIN).py_hash(), -4);
        assert_eq!(big("2305843009213693951").py_hash(), 0);
        assert_eq!(big("-2305843009213693952").py_hash(), -2);
    }

    #[test]
    fn bit_length() {
        assert_eq!(Int::Small(0).bit_length(), 0);
        assert_eq!(Int::Small(-1).bit_length(), 1);
        assert_eq!(Int::Small(255).bit_length(), 8);
        assert_eq!(Int::Small(i64::MIN).bit_length(), 64);
        assert_eq!(big("18446744073709551616").bit_length(), 65);
    }
}
