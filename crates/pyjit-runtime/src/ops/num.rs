//! Numeric coercion: viewing bool/int/float values as one of three numeric shapes.

use crate::error::{overflow_error, PyResult};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
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

    pub fn to_big(&self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(*i),
            Num::Big(b) => (**b).clone(),
            Num::Float(f) => BigInt::from(*f as i64),
        }
    }

    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::Int(i) => Ok(*i as f64),
            Num::Float(f) => Ok(*f),
            Num::Big(b) => big_to_f64(b),
        }
    }
}

/// Convert a big int to float, raising `OverflowError` as CPython does.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
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
