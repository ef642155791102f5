//! The operator special methods of builtin types, for explicit use: `(1).__add__(2)`,
//! `'a'.__eq__(x)`, `map(int.__mul__, xs, ys)`, `hasattr(x, '__lt__')`. CPython's slot
//! wrappers run the receiver type's own operation only: an operand that type does not
//! handle gives `NotImplemented` (`(1).__add__(1.5)`, `'a'.__eq__(1)`), never the other
//! operand's reflected method. So each method first checks the operand's type, then runs
//! the interpreter's operator. Like the container protocol's methods (`protocol.rs`), the
//! interpreter never dispatches through these: `Vm::special` skips builtin types.

use super::add;
use super::protocol::operands;
use crate::builtin_types::{type_name, BuiltinTypes};
use crate::error::{type_error, PyResult};
use crate::object::BuiltinFn;
use crate::ops::arith::UnaryKind;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_bytecode::{BinOp, CmpOp};
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// What a builtin type's own binary operation accepts as its other operand.
#[derive(Clone, Copy, PartialEq)]
enum Family {
    /// `int` and `bool`.
    Int,
    /// `float`, and the ints it converts.
    Float,
    /// `str`, `list`, `tuple`: the same type only.
    Seq,
    /// `dict`.
    Dict,
    /// `set` and `frozenset`, with each other.
    Set,
    /// `range`: equality only.
    Range,
}

fn family(v: &Value) -> Option<Family> {
    Some(match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Family::Int,
        Value::Float(_) => Family::Float,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) => Family::Seq,
        Value::Dict(_) => Family::Dict,
        Value::Set(_) => Family::Set,
        Value::Range(_) => Family::Range,
        _ => return None,
    })
}

/// Whether the receiver `a`'s own operation handles `b` (else `NotImplemented`).
fn accepts(a: &Value, b: &Value) -> bool {
    match (family(a), family(b)) {
        (Some(Family::Int), Some(Family::Int)) => true,
        (Some(Family::Float), Some(Family::Int | Family::Float)) => true,
        (Some(Family::Seq), Some(Family::Seq)) => {
            std::mem::discriminant(a) == std::mem::discriminant(b)
        }
        (Some(x), Some(y)) => x == y && matches!(x, Family::Dict | Family::Set | Family::Range),
        _ => false,
    }
}

/// `a.__op__(b)` (or, `reflected`, `a.__rop__(b)`).
fn binary(vm: &mut Vm, op: BinOp, reflected: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = if reflected {
        op.dunders().1
    } else {
        op.dunders().0
    };
    let a = operands(name, args, kw, 1)?;
    let (x, y) = (&a[0], &a[1]);
    let seq = family(x) == Some(Family::Seq);
    if seq && matches!(op, BinOp::Mul) {
        repeat_count(y)?;
        return vm.binary_op(op, x, y);
    }
    if seq && matches!(op, BinOp::Mod) {
        // `str % x` formats whatever `x` is; `str.__rmod__` formats only a str.
        return match (x, y, reflected) {
            (Value::Str(_), _, false) => vm.binary_op(op, x, y),
            (Value::Str(_), Value::Str(_), true) => vm.binary_op(op, y, x),
            _ => Ok(Value::NotImplemented),
        };
    }
    if seq && !accepts(x, y) {
        // Concatenation raises rather than deferring to the other operand.
        let t = type_name(x);
        return Err(type_error(format!(
            "can only concatenate {t} (not \"{}\") to {t}",
            type_name(y)
        )));
    }
    if !accepts(x, y) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(op, y, x)
    } else {
        vm.binary_op(op, x, y)
    }
}

/// A sequence's repetition count must be an integer, whatever else it is.
fn repeat_count(n: &Value) -> PyResult<()> {
    match family(n) {
        Some(Family::Int) => Ok(()),
        _ => Err(crate::error::not_an_integer(n)),
    }
}

/// `a.__iop__(b)` of the mutable containers: `list.__iadd__` extends by any iterable,
/// `set.__ior__` needs a set, `dict.__ior__` takes what `dict.update` takes.
fn inplace(vm: &mut Vm, op: BinOp, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands(op.dunders().2, args, kw, 1)?;
    let (x, y) = (&a[0], &a[1]);
    let ok = match (x, op) {
        (Value::Set(_), _) => family(y) == Some(Family::Set),
        (Value::List(_), BinOp::Mul) => {
            repeat_count(y)?;
            true
        }
        _ => true,
    };
    if !ok {
        return Ok(Value::NotImplemented);
    }
    vm.inplace_op(op, x, y)
}

fn compare(vm: &mut Vm, op: CmpOp, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands(op.dunder(), args, kw, 1)?;
    let (x, y) = (&a[0], &a[1]);
    let ordered = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    if !accepts(x, y) || (ordered && matches!(family(x), Some(Family::Dict | Family::Range))) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, x, y)
}

macro_rules! binaries {
    ($($op:ident: $fwd:ident, $rev:ident;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                binary(vm, BinOp::$op, false, args, kw)
            }
            fn $rev(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                binary(vm, BinOp::$op, true, args, kw)
            }
        )*
    };
}

binaries! {
    Add: add_, radd;
    Sub: sub, rsub;
    Mul: mul, rmul;
    TrueDiv: truediv, rtruediv;
    FloorDiv: floordiv, rfloordiv;
    Mod: mod_, rmod;
    LShift: lshift, rlshift;
    RShift: rshift, rrshift;
    And: and, rand;
    Or: or, ror;
    Xor: xor, rxor;
}

macro_rules! inplaces {
    ($($op:ident: $f:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                inplace(vm, BinOp::$op, args, kw)
            }
        )*
    };
}

inplaces! {
    Add: iadd;
    Mul: imul;
    Sub: isub;
    And: iand;
    Or: ior;
    Xor: ixor;
}

macro_rules! compares {
    ($($op:ident: $f:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                compare(vm, CmpOp::$op, args, kw)
            }
        )*
    };
}

compares! {
    Lt: lt;
    Le: le;
    Eq: eq;
    Ne: ne;
    Gt: gt;
    Ge: ge;
}

/// Calls builtin `name` (`divmod`, `round`, `int`, ...) on the arguments as given.
fn via_builtin(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = vm
        .builtins
        .get_str(name)
        .ok_or_else(|| type_error(format!("builtin {name} is missing")))?;
    vm.call(&f, args)
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__divmod__", args, kw, 1)?;
    if !accepts(&a[0], &a[1]) {
        return Ok(Value::NotImplemented);
    }
    via_builtin(vm, "divmod", a.to_vec())
}

fn rdivmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__rdivmod__", args, kw, 1)?;
    if !accepts(&a[0], &a[1]) {
        return Ok(Value::NotImplemented);
    }
    via_builtin(vm, "divmod", vec![a[1].clone(), a[0].clone()])
}

fn neg(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__neg__", args, kw, 0)?;
    vm.unary_op(UnaryKind::Neg, &a[0])
}

fn pos(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__pos__", args, kw, 0)?;
    vm.unary_op(UnaryKind::Pos, &a[0])
}

fn invert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__invert__", args, kw, 0)?;
    vm.unary_op(UnaryKind::Invert, &a[0])
}

fn bool_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__bool__", args, kw, 0)?;
    Ok(Value::Bool(vm.truthy(&a[0])?))
}

/// Unary methods that are a builtin applied to the receiver (`(3.7).__int__()` is
/// `int(3.7)`).
macro_rules! via_builtins {
    ($($f:ident: $name:literal => $builtin:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let a = operands($name, args, kw, 0)?;
                via_builtin(vm, $builtin, a.to_vec())
            }
        )*
    };
}

via_builtins! {
    abs: "__abs__" => "abs";
    int_: "__int__" => "int";
    trunc: "__trunc__" => "int";
    index: "__index__" => "int";
    float_: "__float__" => "float";
}

/// `__floor__`/`__ceil__`: the identity on ints, rounded then converted on floats.
fn rounded(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = operands(name, args, kw, 0)?;
    let v = match &a[0] {
        Value::Float(x) => Value::Float(f(*x)),
        other => other.clone(),
    };
    via_builtin(vm, "int", vec![v])
}

fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounded(vm, "__floor__", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounded(vm, "__ceil__", args, kw, f64::ceil)
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::interp::call::no_kwargs("__round__", kw)?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    via_builtin(vm, "round", args.to_vec())
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__format__", args, kw, 1)?;
    if !matches!(a[1], Value::Str(_)) {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&a[1])
        )));
    }
    via_builtin(vm, "format", a.to_vec())
}

/// `__pow__`/`__rpow__` take an optional modulus, as `pow` does.
fn pow3(vm: &mut Vm, reflected: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return binary(vm, BinOp::Pow, reflected, args, kw);
    }
    crate::interp::call::no_kwargs("__pow__", kw)?;
    if !accepts(&args[0], &args[1]) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    via_builtin(vm, "pow", vec![x.clone(), y.clone(), args[2].clone()])
}

fn pow_mod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pow3(vm, false, args, kw)
}

fn rpow_mod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pow3(vm, true, args, kw)
}

/// `object.__ne__` of a builtin value: its type's own `__eq__`, negated.
pub(crate) fn builtin_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if family(a).is_some() {
        return compare(vm, CmpOp::Eq, &[a.clone(), b.clone()], &[]);
    }
    Ok(if a.is(b) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__hash__", args, kw, 0)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

const NUMERIC_BINARY: [(&str, BuiltinFn); 16] = [
    ("__add__", add_),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__pow__", pow_mod),
    ("__rpow__", rpow_mod),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
];

const INT_BITWISE: [(&str, BuiltinFn); 10] = [
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
];

const COMPARISONS: [(&str, BuiltinFn); 6] = [
    ("__lt__", lt),
    ("__le__", le),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__gt__", gt),
    ("__ge__", ge),
];

const NUMERIC_UNARY: [(&str, BuiltinFn); 11] = [
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int_),
    ("__float__", float_),
    ("__trunc__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__round__", round),
    ("__hash__", hash),
];

pub(super) fn install(t: &BuiltinTypes) {
    for ty in [&t.int, &t.bool_] {
        add(ty, &NUMERIC_BINARY);
        add(ty, &INT_BITWISE);
        add(ty, &NUMERIC_UNARY);
        add(ty, &[("__invert__", invert), ("__index__", index)]);
    }
    add(&t.float, &NUMERIC_BINARY);
    add(&t.float, &NUMERIC_UNARY);
    for ty in [
        &t.int,
        &t.bool_,
        &t.float,
        &t.str_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
    ] {
        add(ty, &COMPARISONS);
    }
    for ty in [&t.str_, &t.list, &t.tuple] {
        add(
            ty,
            &[("__add__", add_), ("__mul__", mul), ("__rmul__", rmul)],
        );
    }
    add(&t.str_, &[("__mod__", mod_), ("__rmod__", rmod)]);
    add(&t.list, &[("__iadd__", iadd), ("__imul__", imul)]);
    add(
        &t.dict,
        &[("__or__", or), ("__ror__", ror), ("__ior__", ior)],
    );
    for ty in [&t.set, &t.frozenset] {
        add(ty, &INT_BITWISE[4..]);
        add(ty, &[("__sub__", sub), ("__rsub__", rsub)]);
    }
    add(
        &t.set,
        &[
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    for ty in [&t.str_, &t.tuple, &t.frozenset, &t.range] {
        add(ty, &[("__hash__", hash)]);
    }
    // Mutable containers are unhashable: their `__hash__` is None, as in CPython.
    for ty in [&t.list, &t.dict, &t.set] {
        ty.dict.set_str("__hash__", Value::None);
    }
    add(&t.none, &[("__bool__", bool_)]);
    add(&t.range, &[("__bool__", bool_)]);
    add(&t.range, &COMPARISONS);
    for ty in [&t.int, &t.bool_, &t.float, &t.str_] {
        add(ty, &[("__format__", format)]);
    }
}
