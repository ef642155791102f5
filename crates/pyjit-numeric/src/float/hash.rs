//! `hash(float)`, a port of CPython's `_Py_HashDouble`: integral floats hash
//! like the equal int, other values reduce `m * 2**e` modulo `2**61 - 1`.

use super::ieee::frexp;
use crate::int::HASH_MODULUS;

const HASH_BITS: i32 = 61;
const HASH_INF: i64 = 314_159;

/// Python's `hash(x)` for a float.
///
/// NaN hashes by object identity in CPython 3.10+; a pure function cannot
/// reproduce that, so NaN returns 0 and the runtime should substitute its
/// own identity hash.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let r = (h as i64).wrapping_mul(sign);
    if r == -1 {
        -2
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::Int;

    #[test]
    fn matches_python() {
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.0), 0);
        assert_eq!(float_hash(-0.0), 0);
        assert_eq!(float_hash(f64::INFINITY), 314_159);
        assert_eq!(float_hash(f64::NEG_INFINITY), -314_159);
        for x in [1e20, -12345.0, 2f64.powi(61), 1e300] {
            assert_eq!(float_hash(x), Int::from_f64(x).unwrap().py_hash(), "{x}");
        }
    }
}
