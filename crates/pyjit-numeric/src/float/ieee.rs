//! IEEE-754 binary64 helpers: exact decomposition into integer mantissa and
//! binary exponent, `frexp`, and a correctly rounding `ldexp`.

/// Split a finite `x` into `(negative, mantissa, exponent)` with
/// `|x| == mantissa * 2**exponent` exactly.
pub(crate) fn decompose(x: f64) -> (bool, u64, i32) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp_field == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1 << 52), exp_field - 1075)
    }
}

fn pow2(e: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (or `m == x` for zero,
/// infinities and NaN, with `e == 0`).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * pow2(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp_field - 1022 + adjust)
}

/// C's `ldexp`: `x * 2**e`, correctly rounded (a single rounding even when
/// the result is subnormal), `inf` on overflow.
pub(crate) fn ldexp(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, k) = frexp(x);
    let big_e = i64::from(k) + i64::from(e);
    if big_e > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if big_e >= -1021 {
        // m * 2 in [1, 2); 2**(big_e - 1) is a normal power of two.
        return (m * 2.0) * pow2((big_e - 1) as i32);
    }
    if big_e < -1100 {
        return 0.0f64.copysign(x);
    }
    // Exact scaling into the normal range, then one rounding multiply.
    (m * pow2((big_e + 1074) as i32)) * f64::from_bits(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_ldexp_roundtrip() {
        for &x in &[
            1.0,
            -3.5,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.1,
        ] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}");
            assert_eq!(ldexp(m, e), x);
        }
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(3.0, -1075), 1e-323); // 1.5 * 2**-1074 ties to even (2)
    }

    #[test]
    fn decomposition() {
        assert_eq!(decompose(1.0), (false, 1 << 52, -52));
        assert_eq!(decompose(-5e-324), (true, 1, -1074));
    }
}
