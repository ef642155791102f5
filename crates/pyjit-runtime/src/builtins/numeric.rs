//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`/`bin`/`oct`, `ord`/`chr`,
//! `min`/`max`, `sum`.

use super::register;
use crate::builtin_types::type_name;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs};
use crate::object::PyDict;
use crate::ops::num::{int_of, Num};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Signed;
use pyjit_bytecode::BinOp;
use pyjit_numeric::{float_divmod, float_round, float_round_ndigits, Int};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(d: &PyDict) {
    register(d, "abs", abs);
    register(d, "round", round);
    register(d, "divmod", divmod);
    register(d, "pow", pow);
    register(d, "hex", hex);
    register(d, "bin", bin);
    register(d, "oct", oct);
    register(d, "ord", ord);
    register(d, "chr", chr);
    register(d, "min", min);
    register(d, "max", max);
    register(d, "sum", sum);
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("abs", kw)?;
    arity("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(_) => match vm.call_special(v, "__abs__", vec![])? {
            Some(r) => r,
            None => {
                return Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(v)
                )))
            }
        },
        v => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(v)
            )))
        }
    })
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("round", kw, &["number", "ndigits"])?;
    let x = args
        .first()
        .or_else(|| kwarg(kw, "number"))
        .cloned()
        .unwrap_or(Value::None);
    let nd = args
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .cloned()
        .unwrap_or(Value::None);
    if let Value::Float(f) = x {
        if nd.is_none() {
            return Ok(float_round(f)?.into());
        }
        // CPython clips a huge `ndigits` to the machine range (PyNumber_AsSsize_t).
        let n = index_int(vm, &nd)?;
        let n = n
            .as_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
        return Ok(Value::Float(float_round_ndigits(f, n)?));
    }
    if let Some(i) = int_of(&x) {
        if nd.is_none() {
            return Ok(i.into());
        }
        return Ok(i.round_ndigits(&index_int(vm, &nd)?).into());
    }
    if let Value::Instance(_) = x {
        let a = if nd.is_none() { vec![] } else { vec![nd] };
        if let Some(r) = vm.call_special(&x, "__round__", a)? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(&x)
    )))
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        let (q, r) = match (x.to_int(), y.to_int()) {
            (Some(x), Some(y)) => {
                let (q, r) = x.divmod(&y)?;
                (q.into(), r.into())
            }
            _ => {
                let (q, r) = float_divmod(x.to_f64()?, y.to_f64()?)?;
                (Value::Float(q), Value::Float(r))
            }
        };
        return Ok(Value::tuple(vec![q, r]));
    }
    for (obj, method, other) in [(a, "__divmod__", b), (b, "__rdivmod__", a)] {
        if let Some(r) = vm.call_special1(obj, method, other)? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("pow", kw, &["base", "exp", "mod"])?;
    arity("pow", args, 2, 3)?;
    if args.len() == 2 || args[2].is_none() {
        return vm.binary_op(BinOp::Pow, &args[0], &args[1]);
    }
    let (Some(b), Some(e), Some(m)) = (int_of(&args[0]), int_of(&args[1]), int_of(&args[2])) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    Ok(b.pow_mod(&e, &m)?.into())
}

/// An integer argument, through `__index__` (as `hex()`, `round(x, n)`, ... take it).
fn index_int(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    let r = vm.index_operand(v)?;
    int_of(&r).ok_or_else(|| crate::error::not_an_integer(&r))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hex", kw)?;
    arity("hex", args, 1, 1)?;
    Ok(Value::string(index_int(vm, &args[0])?.hex()))
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("bin", kw)?;
    arity("bin", args, 1, 1)?;
    Ok(Value::string(index_int(vm, &args[0])?.bin()))
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("oct", kw)?;
    arity("oct", args, 1, 1)?;
    Ok(Value::string(index_int(vm, &args[0])?.oct()))
}

fn ord(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ord", kw)?;
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn chr(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("chr", kw)?;
    arity("chr", args, 1, 1)?;
    let n = match &args[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            return Err(PyErr::new(
                "OverflowError",
                "Python int too large to convert to C int",
            ))
        }
        other => return Err(crate::error::not_an_integer(other)),
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::new(
            "NotImplementedError",
            "lone surrogate characters are not supported by pyjit",
        )),
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, want_less: bool) -> PyResult<Value> {
    only_kwargs(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    let items = match args.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                // CPython's `min_max`: `key(item) < best` for min, `key(item) > best` for
                // max (not `best < key(item)`: the error names the operand types in that
                // order, and a user `__gt__` is tried before the other's `__lt__`).
                let better = if want_less {
                    vm.less_than(&k, &bk)?
                } else {
                    vm.greater_than(&k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "min", true)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "max", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("sum", kw, &["start"])?;
    arity("sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::List(_) | Value::Tuple(_) => {}
        _ => {}
    }
    if let Value::Range(r) = &args[0] {
        if let Value::Int(s) = acc {
            let (n, a, l) = (r.len() as i128, r.start as i128, r.get(r.len() - 1) as i128);
            let total = if n == 0 { 0 } else { n * (a + l) / 2 } + s as i128;
            return Ok(match i64::try_from(total) {
                Ok(t) => Value::Int(t),
                Err(_) => Value::from_bigint(BigInt::from(total)),
            });
        }
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(BinOp::Add, &acc, &v)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(BinOp::Add, &acc, &v)?,
        };
    }
    Ok(acc)
}
