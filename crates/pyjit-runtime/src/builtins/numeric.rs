//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `hex`/`bin`/`oct`, `ord`/`chr`,
//! `min`/`max`, `sum`.

use super::register;
use crate::builtin_types::type_name;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs};
use crate::object::PyDict;
use crate::ops::num::{to_bigint, Num};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyjit_bytecode::BinOp;
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

/// Round half to even, as an integer value.
fn round_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    let r = f.round_ties_even();
    Ok(match r.to_i64() {
        Some(i) if r.abs() < 9.2e18 => Value::Int(i),
        _ => Value::from_bigint(num_traits::FromPrimitive::from_f64(r).unwrap_or_default()),
    })
}

/// `round(x, n)` for floats: correctly rounded through the decimal text, as CPython does.
fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 330 {
        return f;
    }
    if n < -330 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        // The exact decimal expansion of the double, rounded half-even at digit n.
        let exact = format!("{:.1100}", f.abs());
        let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
        let n = n as usize;
        let mut digits: Vec<u8> = int_part
            .bytes()
            .chain(frac.bytes().take(n))
            .map(|b| b - b'0')
            .collect();
        let rest = &frac.as_bytes()[n.min(frac.len())..];
        let first = rest.first().copied().unwrap_or(b'0');
        let round_up = match first.cmp(&b'5') {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => {
                rest[1..].iter().any(|&b| b != b'0') || digits.last().is_some_and(|d| d % 2 == 1)
            }
        };
        if round_up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        let int_len = digits.len() - n;
        let mut text: String = digits[..int_len]
            .iter()
            .map(|d| (d + b'0') as char)
            .collect();
        text.push('.');
        text.extend(digits[int_len..].iter().map(|d| (d + b'0') as char));
        let r: f64 = text.parse().unwrap_or(f.abs());
        r.copysign(f)
    } else {
        let p = 10f64.powi((-n) as i32);
        let q = f / p;
        let r = q.round_ties_even();
        let r = if (q - q.trunc()).abs() == 0.5 {
            r
        } else {
            q.round()
        };
        (r * p).copysign(f)
    }
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
    match (&x, &nd) {
        (Value::Float(f), Value::None) => round_to_int(*f),
        (Value::Float(f), n) => {
            let n = match n {
                Value::Int(i) => *i,
                Value::Bool(b) => i64::from(*b),
                other => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(other)
                    )))
                }
            };
            Ok(Value::Float(round_float(*f, n)))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::None) => Ok(match &x {
            Value::Bool(b) => Value::Int(i64::from(*b)),
            o => o.clone(),
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::Int(n)) => {
            if *n >= 0 {
                return Ok(x.clone());
            }
            let v = to_bigint(&x).unwrap_or_default();
            let Some(e) = (-n).to_u32() else {
                return Ok(Value::Int(0));
            };
            let p = BigInt::from(10).pow(e);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (Value::Instance(_), _) => {
            let a = if nd.is_none() {
                vec![]
            } else {
                vec![nd.clone()]
            };
            match vm.call_special(&x, "__round__", a)? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(&x)
                ))),
            }
        }
        _ => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(&x)
        ))),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        if x.is_float() || y.is_float() {
            let (fx, fy) = (x.to_f64()?, y.to_f64()?);
            if fy == 0.0 {
                return Err(crate::error::zero_division("float divmod()"));
            }
            let (q, r) = crate::ops::numfmt::float_divmod(fx, fy);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        if let Num::Int(0) = y {
            return Err(crate::error::zero_division(
                "integer division or modulo by zero",
            ));
        }
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_special(a, "__divmod__", vec![b.clone()])? {
        return Ok(r);
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
    let (Some(b), Some(e), Some(m)) = (
        to_bigint(&args[0]),
        to_bigint(&args[1]),
        to_bigint(&args[2]),
    ) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        match mod_inverse(&b, &m) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        }
    } else {
        b
    };
    let e = e.abs();
    let mabs = m.abs();
    let mut r = base.modpow(&e, &mabs);
    // Python's result takes the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        r -= &mabs;
    } else if r.is_negative() {
        r += &mabs;
    }
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let a = a.mod_floor(&m);
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn int_arg(name: &str, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Instance(_) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
        other => to_bigint(other).ok_or_else(|| {
            let _ = name;
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            ))
        }),
    }
}

fn radix(v: &BigInt, base: u32, prefix: &str) -> String {
    let s = v.abs().to_str_radix(base);
    if v.is_negative() {
        format!("-{prefix}{s}")
    } else {
        format!("{prefix}{s}")
    }
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hex", kw)?;
    arity("hex", args, 1, 1)?;
    Ok(Value::string(radix(
        &int_arg("hex", &vm.index_operand(&args[0])?)?,
        16,
        "0x",
    )))
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("bin", kw)?;
    arity("bin", args, 1, 1)?;
    Ok(Value::string(radix(
        &int_arg("bin", &vm.index_operand(&args[0])?)?,
        2,
        "0b",
    )))
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("oct", kw)?;
    arity("oct", args, 1, 1)?;
    Ok(Value::string(radix(
        &int_arg("oct", &vm.index_operand(&args[0])?)?,
        8,
        "0o",
    )))
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
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )))
        }
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
                let better = if want_less {
                    vm.less_than(&k, &bk)?
                } else {
                    vm.less_than(&bk, &k)?
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
