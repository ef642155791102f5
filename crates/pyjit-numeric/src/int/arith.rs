//! Integer arithmetic: `+ - * // % divmod`, negation, `abs`, `**` and
//! three-argument `pow`, each with an `i64` fast path and exact promotion.

use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, Zero};

use super::{Int, IntOrFloat};
use crate::error::{NumError, NumResult};

/// Results larger than this many bits raise `MemoryError` instead of being
/// attempted (CPython would try and fail to allocate).
pub(crate) const MAX_RESULT_BITS: u64 = 1 << 34;

macro_rules! forward_binop {
    ($tr:ident, $m:ident) => {
        impl $tr<Int> for Int {
            type Output = Int;
            fn $m(self, o: Int) -> Int {
                (&self).$m(&o)
            }
        }
        impl $tr<&Int> for Int {
            type Output = Int;
            fn $m(self, o: &Int) -> Int {
                (&self).$m(o)
            }
        }
        impl $tr<Int> for &Int {
            type Output = Int;
            fn $m(self, o: Int) -> Int {
                self.$m(&o)
            }
        }
    };
}
pub(crate) use forward_binop;

impl Add<&Int> for &Int {
    type Output = Int;
    fn add(self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            return match a.checked_add(*b) {
                Some(v) => Int::Small(v),
                None => Int::Big(BigInt::from(i128::from(*a) + i128::from(*b))),
            };
        }
        Int::from_bigint(&*self.as_big() + &*o.as_big())
    }
}

impl Sub<&Int> for &Int {
    type Output = Int;
    fn sub(self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            return match a.checked_sub(*b) {
                Some(v) => Int::Small(v),
                None => Int::Big(BigInt::from(i128::from(*a) - i128::from(*b))),
            };
        }
        Int::from_bigint(&*self.as_big() - &*o.as_big())
    }
}

impl Mul<&Int> for &Int {
    type Output = Int;
    fn mul(self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            return match a.checked_mul(*b) {
                Some(v) => Int::Small(v),
                None => Int::Big(BigInt::from(i128::from(*a) * i128::from(*b))),
            };
        }
        Int::from_bigint(&*self.as_big() * &*o.as_big())
    }
}

forward_binop!(Add, add);
forward_binop!(Sub, sub);
forward_binop!(Mul, mul);

impl Neg for &Int {
    type Output = Int;
    fn neg(self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(n) => Int::Small(n),
                None => Int::Big(-BigInt::from(*v)),
            },
            Int::Big(b) => Int::from_bigint(-b),
        }
    }
}

impl Neg for Int {
    type Output = Int;
    fn neg(self) -> Int {
        -&self
    }
}

/// Floor division and modulo of two `i64`s (`b != 0`); `None` on overflow.
fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

impl Int {
    /// `abs(self)`.
    pub fn abs(&self) -> Int {
        if self.is_negative() {
            -self
        } else {
            self.clone()
        }
    }

    fn divmod_checked(&self, o: &Int, msg: &'static str) -> NumResult<(Int, Int)> {
        if o.is_zero() {
            return Err(NumError::zero_div(msg));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some((q, r)) = floor_divmod_i64(*a, *b) {
                return Ok((Int::Small(q), Int::Small(r)));
            }
        }
        let (q, r) = self.as_big().div_mod_floor(&o.as_big());
        Ok((Int::from_bigint(q), Int::from_bigint(r)))
    }

    /// `self // o` (floor division).
    pub fn floordiv(&self, o: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b != 0 {
                if let Some((q, _)) = floor_divmod_i64(*a, *b) {
                    return Ok(Int::Small(q));
                }
            }
        }
        self.divmod_checked(o, "integer division or modulo by zero")
            .map(|(q, _)| q)
    }

    /// `self % o` (result has the sign of `o`).
    pub fn modulo(&self, o: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b == 0 {
                return Err(NumError::zero_div("integer modulo by zero"));
            }
            let r = a.wrapping_rem(*b);
            let r = if r != 0 && ((r < 0) != (*b < 0)) {
                r + b
            } else {
                r
            };
            return Ok(Int::Small(r));
        }
        self.divmod_checked(o, "integer modulo by zero")
            .map(|(_, r)| r)
    }

    /// `divmod(self, o)`.
    pub fn divmod(&self, o: &Int) -> NumResult<(Int, Int)> {
        self.divmod_checked(o, "integer division or modulo by zero")
    }

    /// `self ** exp`. A negative exponent converts both operands to float
    /// and uses float pow, exactly as CPython does.
    pub fn pow(&self, exp: &Int) -> NumResult<IntOrFloat> {
        if exp.is_negative() {
            let base = self.to_f64()?;
            let e = exp.to_f64()?;
            return crate::float::float_pow(base, e).map(IntOrFloat::Float);
        }
        self.pow_nonneg(exp).map(IntOrFloat::Int)
    }

    fn pow_nonneg(&self, exp: &Int) -> NumResult<Int> {
        match self {
            Int::Small(0) => return Ok(Int::Small(i64::from(exp.is_zero()))),
            Int::Small(1) => return Ok(Int::Small(1)),
            Int::Small(-1) => return Ok(Int::Small(if exp.is_odd() { -1 } else { 1 })),
            _ => {}
        }
        let e = match exp.as_i64() {
            Some(e) => e as u64,
            None => return Err(NumError::Memory),
        };
        if let (Int::Small(b), Ok(e32)) = (self, u32::try_from(e)) {
            if let Some(v) = b.checked_pow(e32) {
                return Ok(Int::Small(v));
            }
        }
        if (self.bit_length() - 1).saturating_mul(e) > MAX_RESULT_BITS {
            return Err(NumError::Memory);
        }
        Ok(Int::from_bigint(Pow::pow(&*self.as_big(), e)))
    }

    /// Three-argument `pow(self, exp, modulus)`, including CPython 3.8+'s
    /// modular inverse for negative exponents. The result has the sign of
    /// the modulus.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> NumResult<Int> {
        if modulus.is_zero() {
            return Err(NumError::value("pow() 3rd argument cannot be 0"));
        }
        let negative_output = modulus.is_negative();
        let c = modulus.abs().to_bigint();
        if c.is_one() {
            return Ok(Int::zero());
        }
        let mut base = self.to_bigint();
        let mut e = exp.to_bigint();
        if e.is_negative() {
            e = -e;
            base = invmod(&base, &c)?;
        }
        let base = base.mod_floor(&c);
        let mut z = base.modpow(&e, &c);
        if negative_output && !z.is_zero() {
            z -= &c;
        }
        Ok(Int::from_bigint(z))
    }
}

/// Inverse of `a` modulo positive `n`.
fn invmod(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    let a = a.mod_floor(n);
    let eg = a.extended_gcd(n);
    if !eg.gcd.is_one() {
        return Err(NumError::value(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(eg.x.mod_floor(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i64) -> Int {
        Int::Small(v)
    }

    fn big(s: &str) -> Int {
        Int::from_bigint(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn add_sub_mul_promote() {
        assert_eq!(&i(i64::MAX) + &i(1), big("9223372036854775808"));
        assert_eq!(&big("9223372036854775808") - &i(1), i(i64::MAX));
        assert_eq!(&i(i64::MIN) - &i(1), big("-9223372036854775809"));
        assert_eq!(&i(1 << 40) * &i(1 << 40), big("1208925819614629174706176"));
        assert_eq!(-i(i64::MIN), big("9223372036854775808"));
        assert_eq!(-big("9223372036854775808"), i(i64::MIN));
    }

    #[test]
    fn floor_semantics() {
        assert_eq!(i(7).floordiv(&i(-2)).unwrap(), i(-4));
        assert_eq!(i(-7).modulo(&i(2)).unwrap(), i(1));
        assert_eq!(i(7).modulo(&i(-2)).unwrap(), i(-1));
        assert_eq!(
            i(i64::MIN).floordiv(&i(-1)).unwrap(),
            big("9223372036854775808")
        );
        assert_eq!(i(i64::MIN).modulo(&i(-1)).unwrap(), i(0));
        assert_eq!(
            i(1).floordiv(&i(0)).unwrap_err().message(),
            "integer division or modulo by zero"
        );
        assert_eq!(
            i(1).modulo(&i(0)).unwrap_err().message(),
            "integer modulo by zero"
        );
    }

    #[test]
    fn powers() {
        assert_eq!(i(2).pow(&i(10)).unwrap(), IntOrFloat::Int(i(1024)));
        assert_eq!(i(2).pow(&i(-1)).unwrap(), IntOrFloat::Float(0.5));
        assert_eq!(
            i(0).pow(&i(-1)).unwrap_err().message(),
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            i(-1).pow(&big("99999999999999999999")).unwrap(),
            IntOrFloat::Int(i(-1))
        );
        assert_eq!(
            i(2).pow(&big("99999999999999999999")).unwrap_err(),
            NumError::Memory
        );
        assert_eq!(i(3).pow_mod(&i(-1), &i(-7)).unwrap(), i(-2));
        assert_eq!(i(3).pow_mod(&i(-1), &i(7)).unwrap(), i(5));
        assert_eq!(
            i(2).pow_mod(&i(-1), &i(4)).unwrap_err().message(),
            "base is not invertible for the given modulus"
        );
        assert_eq!(i(0).pow_mod(&i(-1), &i(1)).unwrap(), i(0));
        assert_eq!(
            i(2).pow_mod(&i(1), &i(0)).unwrap_err().message(),
            "pow() 3rd argument cannot be 0"
        );
    }
}
