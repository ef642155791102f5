//! Float `/`, `//`, `%`, `divmod` and `**` following CPython's
//! `float_div`, `float_divmod` and `float_pow`, including signed zeros and
//! the exact exception types and messages.

use crate::error::{NumError, NumResult};

/// `a / b`.
pub fn float_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod` for a non-zero divisor.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b`.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` (result has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)`.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `a ** b` as CPython's `float_pow` (two-argument form).
///
/// A negative base with a non-integral exponent yields [`NumError::Complex`]
/// (CPython returns a complex number there).
pub fn float_pow(iv: f64, iw: f64) -> NumResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::Complex);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(x: f64) -> u64 {
        x.to_bits()
    }

    #[test]
    fn signed_zero_modulo() {
        assert_eq!(bits(float_mod(-0.0, 5.0).unwrap()), bits(0.0));
        assert_eq!(bits(float_mod(0.0, -5.0).unwrap()), bits(-0.0));
        assert_eq!(float_mod(-1.0, 5.0).unwrap(), 4.0);
        assert_eq!(float_mod(-5.0, f64::INFINITY).unwrap(), f64::INFINITY);
        assert_eq!(float_mod(5.0, -0.0).unwrap_err().message(), "float modulo");
        let (q, r) = float_divmod(-7.5, 2.0).unwrap();
        assert_eq!((q, r), (-4.0, 0.5));
        assert_eq!(bits(float_floordiv(-0.0, 3.0).unwrap()), bits(-0.0));
        assert_eq!(bits(float_floordiv(1.0, -7.0).unwrap()), bits(-1.0));
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().message(),
            "float floor division by zero"
        );
        assert_eq!(
            float_divmod(1.0, 0.0).unwrap_err().message(),
            "float divmod()"
        );
    }

    #[test]
    fn powers() {
        assert_eq!(float_pow(2.0, 10.0).unwrap(), 1024.0);
        assert_eq!(float_pow(-2.0, 3.0).unwrap(), -8.0);
        assert_eq!(float_pow(-8.0, 0.5).unwrap_err(), NumError::Complex);
        assert_eq!(
            float_pow(0.0, -1.0).unwrap_err().message(),
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            float_pow(10.0, 400.0).unwrap_err().message(),
            "(34, 'Numerical result out of range')"
        );
        assert_eq!(float_pow(-1.0, f64::INFINITY).unwrap(), 1.0);
        assert_eq!(bits(float_pow(-0.0, 3.0).unwrap()), bits(-0.0));
        assert_eq!(float_pow(f64::NAN, 0.0).unwrap(), 1.0);
        assert_eq!(float_pow(1.0, f64::NAN).unwrap(), 1.0);
        assert_eq!(float_pow(2.0, -10000.0).unwrap(), 0.0);
    }
}
