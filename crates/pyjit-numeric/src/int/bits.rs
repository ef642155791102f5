//! Shifts and bitwise operators with Python's infinite two's-complement
//! semantics (so `-1 & 0xff == 255` and `~x == -x - 1`).

use std::ops::{BitAnd, BitOr, BitXor, Not};

use num_bigint::BigInt;

use super::arith::{forward_binop, MAX_RESULT_BITS};
use super::Int;
use crate::error::{NumError, NumResult};

macro_rules! bitop {
    ($tr:ident, $m:ident, $op:tt) => {
        impl $tr<&Int> for &Int {
            type Output = Int;
            fn $m(self, o: &Int) -> Int {
                if let (Int::Small(a), Int::Small(b)) = (self, o) {
                    return Int::Small(a $op b);
                }
                Int::from_bigint(&*self.as_big() $op &*o.as_big())
            }
        }
        forward_binop!($tr, $m);
    };
}

bitop!(BitAnd, bitand, &);
bitop!(BitOr, bitor, |);
bitop!(BitXor, bitxor, ^);

impl Not for &Int {
    type Output = Int;
    fn not(self) -> Int {
        match self {
            Int::Small(v) => Int::Small(!v),
            Int::Big(b) => Int::from_bigint(-(b + 1u32)),
        }
    }
}

impl Not for Int {
    type Output = Int;
    fn not(self) -> Int {
        !&self
    }
}

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

impl Int {
    /// `self << n`.
    pub fn lshift(&self, n: &Int) -> NumResult<Int> {
        if n.is_negative() {
            return Err(negative_shift());
        }
        if self.is_zero() {
            return Ok(Int::zero());
        }
        let s = match n.as_i64() {
            Some(s) if (s as u64) <= MAX_RESULT_BITS => s as u64,
            _ => return Err(NumError::Memory),
        };
        if let Int::Small(a) = self {
            if s < 64 {
                let r = a << s;
                if r >> s == *a {
                    return Ok(Int::Small(r));
                }
            }
        }
        Ok(Int::from_bigint(&*self.as_big() << s as usize))
    }

    /// `self >> n` (arithmetic: rounds toward negative infinity).
    pub fn rshift(&self, n: &Int) -> NumResult<Int> {
        if n.is_negative() {
            return Err(negative_shift());
        }
        let sign_fill = Int::Small(if self.is_negative() { -1 } else { 0 });
        let s = match n.as_i64() {
            Some(s) => s as u64,
            None => return Ok(sign_fill),
        };
        match self {
            Int::Small(a) => Ok(if s >= 64 {
                sign_fill
            } else {
                Int::Small(a >> s)
            }),
            Int::Big(b) => {
                if s >= b.bits() {
                    return Ok(sign_fill);
                }
                Ok(Int::from_bigint(floor_shr(b, s)))
            }
        }
    }
}

/// `floor(b / 2**s)` for a BigInt.
fn floor_shr(b: &BigInt, s: u64) -> BigInt {
    // num-bigint's `>>` on negative values already rounds toward -inf; keep
    // this wrapper so the semantics are explicit and tested.
    b >> s as usize
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
    fn shifts() {
        assert_eq!(i(1).lshift(&i(63)).unwrap(), big("9223372036854775808"));
        assert_eq!(i(-1).lshift(&i(63)).unwrap(), i(i64::MIN));
        assert_eq!(i(-5).rshift(&i(1)).unwrap(), i(-3));
        assert_eq!(big("-18446744073709551617").rshift(&i(64)).unwrap(), i(-2));
        assert_eq!(i(-1).rshift(&big("99999999999999999999")).unwrap(), i(-1));
        assert_eq!(i(0).lshift(&big("99999999999999999999")).unwrap(), i(0));
        assert_eq!(
            i(1).lshift(&i(-1)).unwrap_err().message(),
            "negative shift count"
        );
        assert_eq!(i(1).lshift(&i(1 << 62)).unwrap_err(), NumError::Memory);
    }

    #[test]
    fn bitwise() {
        let m = big("-340282366920938463463374607431768211457"); // -(2**128) - 1
        assert_eq!(&m & &i(0xff), i(0xff));
        assert_eq!(&m | &i(1), m);
        assert_eq!(&m ^ &i(-1), big("340282366920938463463374607431768211456"));
        assert_eq!(!&m, big("340282366920938463463374607431768211456"));
        assert_eq!(!i(0), i(-1));
    }
}
