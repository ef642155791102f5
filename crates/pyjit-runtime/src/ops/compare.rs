//! Equality, ordering and hashing.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::object::HKey;
use crate::ops::num::Num;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use pyjit_bytecode::CmpOp;
use std::cmp::Ordering;

const HASH_MODULUS: i64 = (1 << 61) - 1;

/// Python's hash of a machine int.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a big int.
pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if b.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a float (integral floats hash like the equal int).
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f.fract() == 0.0 {
        if let Some(i) = f.to_i64() {
            return hash_i64(i);
        }
        if let Some(b) = BigInt::from_f64(f) {
            return hash_big(&b);
        }
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1, 28 bits at a time.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn cmp_int_float(i: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    match i {
        Num::Int(v) if v.unsigned_abs() < (1u64 << 53) => (*v as f64).partial_cmp(&f),
        _ => {
            let fl = f.floor();
            let fb = BigInt::from_f64(fl)?;
            let ib = i.to_big();
            match ib.cmp(&fb) {
                Ordering::Equal if f > fl => Some(Ordering::Less),
                o => Some(o),
            }
        }
    }
}

/// Ordering of two numbers, None if unordered (NaN) or not numbers.
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), i) => cmp_int_float(i, *x).map(Ordering::reverse),
        (i, Num::Float(y)) => cmp_int_float(i, *y),
        _ => Some(a.to_big().cmp(&b.to_big())),
    }
}

/// Equality for dictionary keys: builtin hashable types by value, everything else by identity.
pub fn key_eq(a: &Value, b: &Value) -> bool {
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

impl Vm {
    /// `hash(v)`, raising `TypeError` for unhashable values.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => i64::from(*b),
            Value::BigInt(b) => hash_big(b),
            Value::Float(f) => hash_f64(*f),
            Value::Str(s) => s.hash(),
            Value::None => 0x5f3759df,
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 2_870_177_450_012_600_261;
                for item in &t.items {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(14_029_467_366_897_019_727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11_400_714_785_074_694_791);
                }
                acc = acc
                    .wrapping_add((t.items.len() as u64) ^ 2_870_177_450_012_600_261 ^ 3_527_539);
                if acc == u64::MAX {
                    1_546_275_796
                } else {
                    acc as i64
                }
            }
            Value::Set(s) if s.frozen => {
                let mut h: u64 = 0;
                for k in s.set.borrow().iter() {
                    let x = k.hash as u64;
                    h ^= (x ^ (x << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                }
                h as i64
            }
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

    /// `a < b` for sorting and `min`/`max`.
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
