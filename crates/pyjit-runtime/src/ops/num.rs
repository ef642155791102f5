//! Numeric coercion: viewing bool/int/float values as one of three numeric shapes, and the
//! bridge between runtime ints (`Value::Int`/`Value::BigInt`) and `pyjit_numeric::Int`, which
//! implements Python's numeric semantics (the runtime keeps only the i64/f64 fast paths).

use crate::error::PyResult;
use crate::value::Value;
use num_bigint::BigInt;
use pyjit_numeric::Int;
use std::rc::Rc;

/// A numeric operand after coercion (bool counts as int).
pub enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

impl Num {
    pub fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(*i)),
            Value::Bool(b) => Some(Num::Int(i64::from(*b))),
            Value::BigInt(b) => Some(Num::Big(b.clone())),
            Value::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    pub fn is_float(&self) -> bool {
        matches!(self, Num::Float(_))
    }

    /// The operand as an `Int`, or `None` for a float.
    pub fn to_int(&self) -> Option<Int> {
        match self {
            Num::Int(i) => Some(Int::Small(*i)),
            Num::Big(b) => Some(big_int(b)),
            Num::Float(_) => None,
        }
    }

    /// `float(x)`, correctly rounded; `OverflowError` for ints beyond the float range.
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => big_to_f64(b),
        }
    }
}

/// A big int as an `Int` (copies the digits; for slow paths only).
pub fn big_int(b: &BigInt) -> Int {
    Int::from_bigint(b.clone())
}

/// An int value (`int`, `bool` or big int) as an `Int`.
pub fn int_of(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(i64::from(*b))),
        Value::BigInt(b) => Some(big_int(b)),
        _ => None,
    }
}

impl From<Int> for Value {
    fn from(i: Int) -> Value {
        match i {
            Int::Small(v) => Value::Int(v),
            Int::Big(b) => Value::BigInt(Rc::new(b)),
        }
    }
}

/// Convert a big int to float, correctly rounded, raising `OverflowError` as CPython does.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    Ok(big_int(b).to_f64()?)
}

/// An int value (small or big) as a `BigInt`.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}
