//! Truth testing (`bool(x)`, `if x:`).

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// The truth of a bool, an int or `None` — the cases the evaluation loop's branches and `not`
/// decide inline, without calling `Vm::truthy`.
#[inline(always)]
pub fn plain_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        _ => None,
    }
}

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::None | Value::Null => false,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.set.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => return self.instance_truthy(v),
            Value::Iter(_) => crate::ops::iter::dict_view(v).is_none_or(|(d, _)| !d.is_empty()),
            _ => true,
        })
    }
}
