//! The container protocol's special methods on builtin types: `[1].__len__()`,
//! `key=d.__getitem__`, `hasattr(x, '__iter__')` (duck typing that must see what CPython's
//! types have). Each runs the operation the interpreter runs for the syntax. The
//! interpreter never looks these up for builtin values (`Vm::special` skips builtin
//! types), so they only serve explicit attribute reads.

use super::add;
use crate::builtin_types::type_of;
use crate::builtin_types::BuiltinTypes;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub(super) fn install(t: &BuiltinTypes) {
    let sized = [
        &t.str_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ];
    for ty in sized {
        add(
            ty,
            &[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
            ],
        );
    }
    for ty in [&t.str_, &t.list, &t.tuple, &t.dict, &t.range] {
        add(ty, &[("__getitem__", getitem)]);
    }
    for ty in [&t.list, &t.dict] {
        add(ty, &[("__setitem__", setitem), ("__delitem__", delitem)]);
    }
}

/// Whether CPython defines `name` of `owner` as a method (`list.__getitem__`), not as a
/// slot wrapper: the two word their errors differently.
pub(crate) fn is_method(owner: &str, name: &str) -> bool {
    matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict", "__contains__")
    )
}

/// The receiver and the `n` arguments after it, with CPython's errors for another count.
pub(super) fn operands<'a>(
    name: &str,
    args: &'a [Value],
    kw: Kw,
    n: usize,
) -> PyResult<&'a [Value]> {
    crate::interp::call::no_kwargs(name, kw)?;
    if args.len() == n + 1 {
        return Ok(args);
    }
    let owner = args.first().map(type_of);
    let got = args.len().saturating_sub(1);
    let message = match owner {
        Some(t) if is_method(&t.name, name) => {
            format!(
                "{}.{name}() takes exactly one argument ({got} given)",
                t.name
            )
        }
        // (`wrap_objobjargproc` unpacks with an empty name, hence the leading space.)
        _ if name == "__setitem__" => format!(" expected 2 arguments, got {got}"),
        _ => format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        ),
    };
    Err(crate::error::type_error(message))
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__len__", args, kw, 0)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__iter__", args, kw, 0)?;
    vm.get_iter(&a[0])
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__contains__", args, kw, 1)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__getitem__", args, kw, 1)?;
    vm.getitem(&a[0], &a[1])
}

fn setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__setitem__", args, kw, 2)?;
    vm.setitem(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = operands("__delitem__", args, kw, 1)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}
