//! `dict` methods.

use super::add;
use crate::builtin_types::BuiltinTypes;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::call::{arity, no_kwargs};
use crate::object::{IterState, PyDict, ViewKind};
use crate::ops::iter::new_iter;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(t: &BuiltinTypes) {
    add(
        &t.dict,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("setdefault", setdefault),
            ("update", update),
            ("pop", pop),
            ("popitem", popitem),
            ("copy", copy),
            ("clear", clear),
            ("fromkeys", fromkeys),
        ],
    );
}

fn dict_of(args: &[Value]) -> PyResult<&Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.get", kw)?;
    arity("get", &args[1.min(args.len())..], 1, 2)?;
    let d = dict_of(args)?;
    let v = vm.dict_lookup(d, &args[1])?;
    Ok(v.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

/// Keys/values/items views: live (they see later changes to the dict), iterable any number
/// of times; see `IterState::DictView`.
fn view(d: &Rc<PyDict>, which: u8) -> Value {
    let (kind, name) = match which {
        0 => (ViewKind::Keys, "dict_keys"),
        1 => (ViewKind::Values, "dict_values"),
        _ => (ViewKind::Items, "dict_items"),
    };
    new_iter(
        IterState::DictView {
            dict: d.clone(),
            kind,
        },
        name,
    )
}

fn keys(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.keys", kw)?;
    Ok(view(dict_of(args)?, 0))
}

fn values(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.values", kw)?;
    Ok(view(dict_of(args)?, 1))
}

fn items(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.items", kw)?;
    Ok(view(dict_of(args)?, 2))
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.setdefault", kw)?;
    arity("setdefault", &args[1.min(args.len())..], 1, 2)?;
    let d = dict_of(args)?;
    let k = vm.hkey(args[1].clone())?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    let k = vm.resolve_key(&d.map, k)?;
    let v = d.map_mut()?.get_or_insert(k, default).clone();
    Ok(v)
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("update", &args[1.min(args.len())..], 0, 1)?;
    let d = dict_of(args)?.clone();
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.pop", kw)?;
    arity("pop", &args[1.min(args.len())..], 1, 2)?;
    let d = dict_of(args)?;
    match vm.dict_remove(d, &args[1])? {
        Some(v) => Ok(v),
        None => args
            .get(2)
            .cloned()
            .ok_or_else(|| key_error(args[1].clone())),
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.popitem", kw)?;
    let d = dict_of(args)?;
    let r = d.map.borrow_mut().pop();
    match r {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn copy(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.copy", kw)?;
    let d = dict_of(args)?;
    Ok(Value::dict(PyDict::from_map(d.map.borrow().clone())))
}

fn clear(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.clear", kw)?;
    dict_of(args)?.map.borrow_mut().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.fromkeys", kw)?;
    // Called on the class (`dict.fromkeys(it)`) or an instance.
    let rest = match args.first() {
        Some(Value::Dict(_)) => &args[1..],
        _ => args,
    };
    arity("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = PyDict::new();
    for k in vm.collect(&rest[0])? {
        let hk = vm.hkey(k)?;
        let hk = vm.resolve_key(&d.map, hk)?;
        d.map_mut()?.insert(hk, value.clone());
    }
    Ok(Value::dict(d))
}
