//! The one door between the runtime and `pyjit-numeric` (Python's numeric semantics and
//! formatting as pure functions): converts its errors to Python exceptions.

use crate::error::{zero_division, PyErr, PyResult};
use num_bigint::BigInt;

/// `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// CPython's float divmod.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(float_divmod(x, y).0)
}

pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(float_divmod(x, y).1)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(PyErr::new(
            "NotImplementedError",
            "complex numbers are not supported by pyjit",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::new(
            "OverflowError",
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// `int / int` for big operands.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    use num_traits::ToPrimitive;
    let r = a.to_f64().unwrap_or(f64::INFINITY) / b.to_f64().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(PyErr::new(
            "OverflowError",
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}
