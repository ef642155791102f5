//! `round(int, ndigits)`: identity for `ndigits >= 0`, otherwise rounds to
//! a multiple of `10**-ndigits` with ties going to the even multiple.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Pow;

use super::Int;

impl Int {
    /// `round(self, ndigits)`.
    pub fn round_ndigits(&self, ndigits: &Int) -> Int {
        if !ndigits.is_negative() || self.is_zero() {
            return self.clone();
        }
        // If 10**k exceeds 2*|self| the result is 0; decide that from the
        // bit length so that huge k never builds 10**k.
        let max_digits = (self.bit_length() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
        let k = match ndigits.as_i64() {
            Some(n) if n.unsigned_abs() <= max_digits => n.unsigned_abs(),
            _ => return Int::zero(),
        };
        let b: BigInt = Pow::pow(BigInt::from(10), k);
        let a = self.to_bigint();
        let (mut q, r) = a.div_mod_floor(&b);
        let twice = &r * 2u32;
        if twice > b || (twice == b && q.is_odd()) {
            q += 1;
        }
        Int::from_bigint(q * b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_even() {
        let r = |a: i64, n: i64| Int::Small(a).round_ndigits(&Int::Small(n));
        assert_eq!(r(25, -1), Int::Small(20));
        assert_eq!(r(35, -1), Int::Small(40));
        assert_eq!(r(-25, -1), Int::Small(-20));
        assert_eq!(r(-26, -1), Int::Small(-30));
        assert_eq!(r(1234, 2), Int::Small(1234));
        assert_eq!(r(5, -1), Int::Small(0));
        assert_eq!(r(15, -1), Int::Small(20));
        assert_eq!(r(999, -30), Int::Small(0));
        assert_eq!(r(i64::MAX, -18), Int::Small(9_000_000_000_000_000_000));
    }
}
