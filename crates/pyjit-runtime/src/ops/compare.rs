//! Equality, ordering and hashing.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::object::HKey;
use crate::ops::num::{big_int, Num};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use pyjit_bytecode::CmpOp;
use pyjit_numeric::{float_hash, Int};
use std::cmp::Ordering;

/// Python's hash of a big int (kept as a named entry point for `int.__hash__`).
pub fn hash_big(b: &BigInt) -> i64 {
    big_int(b).py_hash()
}

/// Ordering of two numbers, None if unordered (NaN). Int/float comparisons are exact.
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), i) => cmp_int_float(i, *x).map(Ordering::reverse),
        (i, Num::Float(y)) => cmp_int_float(i, *y),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        _ => Some(a.to_int().cmp(&b.to_int())),
    }
}

fn cmp_int_float(i: &Num, f: f64) -> Option<Ordering> {
    i.to_int().and_then(|i| i.cmp_f64(f))
}

/// CPython's xxHash-based hash of a tuple whose items hash to `lanes`.
fn tuple_hash(lanes: &[i64]) -> i64 {
    let mut acc: u64 = 2_870_177_450_012_600_261;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(14_029_467_366_897_019_727));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(11_400_714_785_074_694_791);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ 2_870_177_450_012_600_261 ^ 3_527_539);
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// The hash of a constant (an int, float, bool, str, `None`, `...`, or a tuple of those): no
/// Python code runs and nothing can fail.
pub fn const_hash(v: &Value) -> i64 {
    if let Some(h) = scalar_hash(v) {
        return h;
    }
    match v {
        Value::Tuple(t) => tuple_hash(&t.items.iter().map(const_hash).collect::<Vec<_>>()),
        other => (other.ptr().unwrap_or(0) >> 4) as i64,
    }
}

/// The hash of an int, bool, float, str or `None`; `None` for other values.
fn scalar_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Int(i) => Int::Small(*i).py_hash(),
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(b) => hash_big(b),
        Value::Float(f) => float_hash(*f),
        Value::Str(s) => s.hash(),
        Value::None => NONE_HASH,
        _ => return None,
    })
}

const NONE_HASH: i64 = 0x5f3759df;

/// Equality for dictionary keys: builtin hashable types by value, everything else by identity.
#[inline]
pub fn key_eq(a: &Value, b: &Value) -> bool {
    // The common keys first, without building `Num`s.
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return x == y,
        (Value::Str(x), Value::Str(y)) => {
            return std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str()
        }
        _ => {}
    }
    key_eq_slow(a, b)
}

fn key_eq_slow(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        return num_cmp(&x, &y) == Some(Ordering::Equal);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items.iter().zip(&y.items).all(|(p, q)| key_eq(p, q))
        }
        (Value::Set(x), Value::Set(y)) => {
            let (x, y) = (x.set.borrow(), y.set.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        _ => a.is(b),
    }
}

/// The hash of an int below the hash modulus (2**61 - 1): itself, -1 excepted; `None`
/// past the modulus.
#[inline(always)]
pub fn quick_int_hash(i: i64) -> Option<i64> {
    const MODULUS: u64 = (1 << 61) - 1;
    if i.unsigned_abs() < MODULUS {
        Some(if i == -1 { -2 } else { i })
    } else {
        None
    }
}

/// The hash of an int below the hash modulus (`quick_int_hash`) or of a string (cached);
/// `None` for every other value.
#[inline(always)]
pub fn quick_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => quick_int_hash(*i),
        Value::Str(s) => Some(s.hash()),
        _ => None,
    }
}

impl Vm {
    /// `hash(v)`, raising `TypeError` for unhashable values.
    ///
    /// Ints below the hash modulus (2**61 - 1) hash to themselves (-1 excepted) and strings
    /// cache theirs: both are answered inline, since every set and dict operation starts
    /// here; the rest goes out of line.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match quick_hash(v) {
            Some(h) => Ok(h),
            None => self.hash_slow(v),
        }
    }

    #[inline(never)]
    fn hash_slow(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = scalar_hash(v) {
            return Ok(h);
        }
        Ok(match v {
            Value::Tuple(t) => {
                let mut lanes = Vec::with_capacity(t.items.len());
                for item in &t.items {
                    lanes.push(self.hash(item)?);
                }
                tuple_hash(&lanes)
            }
            Value::Set(s) if s.frozen => s.set.borrow().frozen_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
            }
            Value::Instance(_) => return self.instance_hash(v),
            Value::Slice(_) => return Err(type_error("unhashable type: 'slice'")),
            other => (other.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    /// A dictionary key for `v`.
    pub fn hkey(&mut self, v: Value) -> PyResult<HKey> {
        let hash = self.hash(&v)?;
        Ok(HKey { hash, value: v })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() == y.as_str()),
            _ => {
                let r = self.compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// The first index in `start..stop` (cut to the list's length as it is at each step, as
    /// CPython does: an `__eq__` may change the list) whose item is `x` or equals it.
    ///
    /// Items are compared in place while the list is borrowed when no Python code can run
    /// (ints with ints, strings with strings, identity); only other items are cloned out
    /// for `==`. (This replaced a copy of the whole list per `x in list` / `remove` /
    /// `index`.)
    pub fn list_find(
        &mut self,
        l: &crate::object::PyList,
        x: &Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let v = {
                let items = l.items.borrow();
                let Some(v) = items.get(i) else {
                    return Ok(None);
                };
                let plain = match (v, x) {
                    (Value::Int(a), Value::Int(b)) => Some(a == b),
                    (Value::Str(a), Value::Str(b)) => Some(a.as_str() == b.as_str()),
                    _ if v.is(x) => Some(true),
                    _ => None,
                };
                match plain {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => {
                        i += 1;
                        continue;
                    }
                    None => v.clone(),
                }
            };
            if self.eq(&v, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    /// Rich comparison `a <op> b`.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            let o = num_cmp(&x, &y);
            return Ok(Value::Bool(ordering_matches(op, o)));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Value::Bool(ordering_matches(
                    op,
                    Some(x.as_str().cmp(y.as_str())),
                )))
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
                return self.compare_seq(op, &x, &y);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                return self.compare_seq(op, &x, &y);
            }
            (Value::Set(x), Value::Set(y)) => {
                let (sub, sup) = self.with_key_eq(|| {
                    let (xs, ys) = (x.set.borrow(), y.set.borrow());
                    let sub = xs.iter().all(|k| ys.contains(k));
                    let sup = ys.iter().all(|k| xs.contains(k));
                    (sub, sup)
                })?;
                let (xs, ys) = (x.set.borrow(), y.set.borrow());
                let r = match op {
                    CmpOp::Eq => sub && sup,
                    CmpOp::Ne => !(sub && sup),
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && xs.len() < ys.len(),
                    CmpOp::Ge => sup,
                    CmpOp::Gt => sup && xs.len() > ys.len(),
                };
                return Ok(Value::Bool(r));
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = (x.is_empty() && y.is_empty())
                    || (x.len() == y.len()
                        && x.start == y.start
                        && (x.len() == 1 || x.step == y.step));
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
            _ => {}
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some(r) = self.instance_compare(op, a, b)? {
                return Ok(r);
            }
        }
        if let (Value::Iter(_), _) | (_, Value::Iter(_)) = (a, b) {
            if let Some(r) = self.view_compare(op, a, b)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    fn dict_eq(&mut self, x: &crate::object::PyDict, y: &crate::object::PyDict) -> PyResult<bool> {
        if std::ptr::eq(x, y) {
            return Ok(true);
        }
        let xs: Vec<(HKey, Value)> = x
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if xs.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in xs {
            let other = self.with_key_eq(|| y.map.borrow().get(&k).cloned())?;
            match other {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of two sequences.
    fn compare_seq(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) {
                continue;
            }
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(op, p, q),
                };
            }
        }
        Ok(Value::Bool(ordering_matches(
            op,
            Some(x.len().cmp(&y.len())),
        )))
    }

    /// `a < b` for sorting and `min`.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            _ => {
                let r = self.compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// `a > b` for `max`.
    pub fn greater_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x > y),
            (Value::Float(x), Value::Float(y)) => Ok(x > y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() > y.as_str()),
            _ => {
                let r = self.compare(CmpOp::Gt, a, b)?;
                self.truthy(&r)
            }
        }
    }
}

pub fn ordering_matches(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}
