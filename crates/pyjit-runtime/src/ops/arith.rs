//! Binary and unary arithmetic: `+ - * / // % ** << >> & | ^ @`, `-x`, `+x`, `~x`.

use crate::builtin_types::type_name;
use crate::error::{type_error, value_error, zero_division, PyErr, PyResult};
use crate::ops::num::{big_to_f64, Num};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use pyjit_bytecode::BinOp;
use pyjit_numeric::{float_floordiv, float_mod, float_pow, Int, IntOrFloat};

/// `x op y` on two machine ints, promoting to a big int on overflow.
#[inline]
pub fn int_op(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
        }
        BinOp::TrueDiv => return int_true_div(&Int::Small(x), &Int::Small(y)),
        BinOp::Pow => return int_pow(&Int::Small(x), &Int::Small(y)),
        BinOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::MatMul => return Err(unsupported(op, &Value::Int(x), &Value::Int(y))),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(op, &Int::Small(x), &Int::Small(y)),
    }
}

/// `x op y` on ints that overflowed the machine-int fast path or are big: Python's semantics
/// (floor division, shifts, `MemoryError` for absurd results, ...) come from `pyjit-numeric`.
pub fn big_op(op: BinOp, x: &Int, y: &Int) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => x.floordiv(y)?,
        BinOp::Mod => x.modulo(y)?,
        BinOp::TrueDiv => return int_true_div(x, y),
        BinOp::Pow => return int_pow(x, y),
        BinOp::LShift => x.lshift(y)?,
        BinOp::RShift => x.rshift(y)?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::MatMul => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    }
    .into())
}

/// `int / int`, correctly rounded even for huge operands.
fn int_true_div(x: &Int, y: &Int) -> PyResult<Value> {
    Ok(Value::Float(x.true_div(y)?))
}

/// `int ** int`: an int for non-negative exponents, a float otherwise.
fn int_pow(x: &Int, y: &Int) -> PyResult<Value> {
    Ok(match x.pow(y)? {
        IntOrFloat::Int(i) => i.into(),
        IntOrFloat::Float(f) => Value::Float(f),
    })
}

/// `x op y` on two floats.
#[inline]
pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => float_floordiv(x, y)?,
        BinOp::Mod => float_mod(x, y)?,
        BinOp::Pow => float_pow(x, y)?,
        _ => {
            return Err(unsupported(op, &Value::Float(x), &Value::Float(y)));
        }
    }))
}

/// The `TypeError` of `a op b` as `a op= b` reports it: CPython names the augmented operator
/// (`**=`, not `** or pow()`), and an instance of a class (whose type has sequence slots,
/// even empty ones) times a sequence is "unsupported" rather than "can't multiply sequence"
/// (`PyNumber_InPlaceMultiply` then tries only the left operand's repeat).
pub fn augmented_error(op: BinOp, e: PyErr, a: &Value, b: &Value) -> PyErr {
    if !e.is("TypeError") {
        return e;
    }
    let msg = crate::ops::repr::exception_message(&e.exc);
    let sym = op.symbol();
    let unsupported = msg.starts_with(&format!("unsupported operand type(s) for {sym}:"))
        || msg.starts_with("unsupported operand type(s) for ** or pow():")
        || op == BinOp::Mul
            && matches!(a, Value::Instance(_))
            && msg.starts_with("can't multiply sequence by non-int");
    if unsupported {
        return type_error(format!(
            "unsupported operand type(s) for {sym}=: '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    e
}

pub fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// Numeric `a op b` once both are known to be numbers.
pub fn num_op(op: BinOp, a: &Num, b: &Num) -> PyResult<Value> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(op, *x, *y),
        (Num::Float(x), Num::Float(y)) => float_op(op, *x, *y),
        _ => {
            if let (Some(x), Some(y)) = (a.to_int(), b.to_int()) {
                return big_op(op, &x, &y);
            }
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Err(type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    if a.is_float() { "float" } else { "int" },
                    if b.is_float() { "float" } else { "int" },
                )));
            }
            float_op(op, a.to_f64()?, b.to_f64()?)
        }
    }
}

impl Vm {
    /// The generic `a op b` (also used for in-place ops when the left operand has no `__iop__`).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return int_op(op, *x, *y),
            (Value::Float(x), Value::Float(y)) => return float_op(op, *x, *y),
            _ => {}
        }
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            if matches!((a, b), (Value::Bool(_), Value::Bool(_)))
                && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
            {
                let (p, q) = (
                    matches!(a, Value::Bool(true)),
                    matches!(b, Value::Bool(true)),
                );
                return Ok(Value::Bool(match op {
                    BinOp::And => p & q,
                    BinOp::Or => p | q,
                    _ => p ^ q,
                }));
            }
            if (x.is_float() || y.is_float())
                && matches!(
                    op,
                    BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
                )
            {
                // Named by the operands' own types (`bool`, not the `int` it computes as).
                return Err(unsupported(op, a, b));
            }
            return num_op(op, &x, &y);
        }
        if let Some(v) = self.sequence_op(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.view_set_op(op, a, b)? {
            return Ok(v);
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let v = self.instance_binary_op(op, a, b, false)?;
            if !v.is_null() {
                return Ok(v);
            }
        }
        if op == BinOp::Add {
            if let Value::Str(_) = a {
                return Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(b)
                )));
            }
            if let Value::List(_) = a {
                return Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name(b)
                )));
            }
            if let Value::Tuple(_) = a {
                return Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name(b)
                )));
            }
        }
        if op == BinOp::Mul && is_sequence(a) | is_sequence(b) {
            let other = if is_sequence(a) { b } else { a };
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            )));
        }
        if op == BinOp::Pow {
            return Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                type_name(a),
                type_name(b)
            )));
        }
        self.binary_op_last(op, a, b)
    }

    /// The end of `binary_op`: `int | None` (a `types.UnionType`) or the TypeError. Kept out
    /// of line: as an inline branch it cost chaos (JIT) 0.1% in `binary_op`'s other paths.
    #[cold]
    #[inline(never)]
    fn binary_op_last(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if op == BinOp::Or {
            if let Some(u) = self.class_union(a, b)? {
                return Ok(u);
            }
        }
        Err(unsupported(op, a, b))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                // An instance's `__radd__` comes before the list's own in-place concatenation
                // (`PyNumber_InPlaceAdd` tries the number slots first).
                if let Value::Instance(_) = b {
                    if let Some(r) = self.call_special1(b, "__radd__", a)? {
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
                let items = self.collect(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) => {
                if let Some(n) = as_repeat_count(b) {
                    // `repeat` checks the count and the size (OverflowError, MemoryError).
                    if let Value::List(r) = repeat(a, n)? {
                        let new = std::mem::take(&mut *r.items.borrow_mut());
                        let old = std::mem::replace(&mut *l.items.borrow_mut(), new);
                        drop(old);
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(s)) if !s.frozen => {
                if let Value::Set(_) = b {
                    crate::methods::set::in_place(self, op, s, b)?;
                    return Ok(a.clone());
                }
            }
            (BinOp::Or, Value::Dict(d)) => {
                if let Value::Dict(o) = b {
                    let entries: Vec<_> = o
                        .map
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    for (k, v) in entries {
                        let k = self.resolve_key(&d.map, k)?;
                        d.map_mut()?.insert(k, v);
                    }
                    return Ok(a.clone());
                }
                // `dict.__ior__` takes what `dict.update` takes: a mapping or pairs.
                if let Some(update) = crate::builtin_types::types().dict.dict.get_str("update") {
                    self.call(&update, vec![a.clone(), b.clone()])?;
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(_)) => {
                let v = self.instance_binary_op(op, a, b, true)?;
                if !v.is_null() {
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.binary_op(op, a, b)
            .map_err(|e| augmented_error(op, e, a, b))
    }

    fn sequence_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Mul, s, n) | (BinOp::Mul, n, s)
                if is_sequence(s) && as_repeat_count(n).is_some() =>
            {
                let count = as_repeat_count(n).unwrap_or(0);
                repeat(s, count)?
            }
            (BinOp::Mod, Value::Str(fmt), args) => {
                let fmt = fmt.clone();
                Value::string(self.percent_format(fmt.as_str(), args)?)
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(x), Value::Set(_)) => {
                crate::methods::set::binary(self, op, x, b)?
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
                let m = self.with_key_eq(|| {
                    let mut m = x.map.borrow().clone();
                    for (k, v) in y.map.borrow().iter() {
                        m.insert(k.clone(), v.clone());
                    }
                    m
                })?;
                Value::dict(crate::object::PyDict::from_map(m))
            }
            _ => return Ok(None),
        }))
    }

    /// `-x`, `+x`, `~x`.
    pub fn unary_op(&mut self, kind: UnaryKind, v: &Value) -> PyResult<Value> {
        match (kind, v) {
            (UnaryKind::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryKind::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryKind::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryKind::Neg, Value::Bool(b)) => Ok(Value::Int(-i64::from(*b))),
            (UnaryKind::Pos, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) => Ok(v.clone()),
            (UnaryKind::Pos, Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
            (UnaryKind::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryKind::Invert, Value::Bool(b)) => Ok(Value::Int(!i64::from(*b))),
            (UnaryKind::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_)) => self.instance_unary_op(kind, v),
            _ => Err(type_error(format!(
                "bad operand type for unary {}: '{}'",
                kind.symbol(),
                type_name(v)
            ))),
        }
    }

    /// `float(x)` for a number.
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::BigInt(b) => big_to_f64(b),
            _ => Err(type_error(format!(
                "must be real number, not {}",
                type_name(v)
            ))),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum UnaryKind {
    Neg,
    Pos,
    Invert,
}

impl UnaryKind {
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryKind::Neg => "-",
            UnaryKind::Pos => "+",
            UnaryKind::Invert => "~",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            UnaryKind::Neg => "__neg__",
            UnaryKind::Pos => "__pos__",
            UnaryKind::Invert => "__invert__",
        }
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
}

/// The repeat count of `seq * v`, negative counting as 0; `OUT_OF_INDEX_RANGE` for an int
/// outside the index range (CPython raises `OverflowError` for it, whatever the sequence).
fn as_repeat_count(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some((*i).max(0)),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::BigInt(_) => Some(OUT_OF_INDEX_RANGE),
        _ => None,
    }
}

const OUT_OF_INDEX_RANGE: i64 = i64::MIN;

fn index_overflow() -> PyErr {
    PyErr::new(
        "OverflowError",
        "cannot fit 'int' into an index-sized integer",
    )
}

fn repeat(s: &Value, n: i64) -> PyResult<Value> {
    if n == OUT_OF_INDEX_RANGE {
        return Err(index_overflow());
    }
    let len = match s {
        Value::Str(x) => x.as_str().len(),
        Value::List(x) => x.items.borrow().len(),
        Value::Tuple(x) => x.items.len(),
        _ => 0,
    } as i64;
    let item_bytes = if matches!(s, Value::Str(_)) {
        1
    } else {
        std::mem::size_of::<Value>() as u128
    };
    if len > 0
        && (n.saturating_mul(len) > (1 << 34)
            || !crate::memory::fits(n as u128 * len as u128, item_bytes))
    {
        return Err(PyErr::bare("MemoryError"));
    }
    let n = n as usize;
    Ok(match s {
        Value::Str(x) => Value::string(x.as_str().repeat(n)),
        Value::List(x) => {
            let items = x.items.borrow();
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            Value::list(v)
        }
        Value::Tuple(x) => {
            let mut v = Vec::with_capacity(x.items.len() * n);
            for _ in 0..n {
                v.extend(x.items.iter().cloned());
            }
            Value::tuple(v)
        }
        _ => Value::None,
    })
}
