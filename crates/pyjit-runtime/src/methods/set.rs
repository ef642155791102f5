//! `set` and `frozenset` methods.

use super::add;
use crate::builtin_types::BuiltinTypes;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::call::{arity, no_kwargs};
use crate::object::{PySet, Set};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(t: &BuiltinTypes) {
    let shared: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
    ];
    add(&t.set, shared);
    add(&t.frozenset, shared);
    add(
        &t.set,
        &[
            ("add", set_add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
        ],
    );
}

fn set_of(args: &[Value]) -> PyResult<&Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Set> {
    if let Value::Set(s) = v {
        return Ok(s.set.borrow().clone());
    }
    let mut keys = Vec::new();
    for item in vm.collect(v)? {
        keys.push(vm.hkey(item)?);
    }
    vm.with_key_eq(|| keys.into_iter().collect())
}

fn new_like(s: &PySet, set: Set) -> Value {
    Value::Set(Rc::new(PySet::new(set, s.frozen)))
}

fn combine(vm: &mut Vm, args: &[Value], f: fn(&Set, &Set) -> Set) -> PyResult<Value> {
    let s = set_of(args)?;
    let mut acc = s.set.borrow().clone();
    for other in &args[1..] {
        let o = to_set(vm, other)?;
        acc = vm.with_key_eq(|| f(&acc, &o))?;
    }
    Ok(new_like(s, acc))
}

fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("union", kw)?;
    combine(vm, args, |a, b| a.union(b).cloned().collect())
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("intersection", kw)?;
    combine(vm, args, |a, b| a.intersection(b).cloned().collect())
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("difference", kw)?;
    combine(vm, args, |a, b| a.difference(b).cloned().collect())
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("symmetric_difference", kw)?;
    arity("symmetric_difference", &args[1.min(args.len())..], 1, 1)?;
    combine(vm, args, |a, b| {
        a.symmetric_difference(b).cloned().collect()
    })
}

fn issubset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issubset", kw)?;
    arity("issubset", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    let o = to_set(vm, &args[1])?;
    let r = vm.with_key_eq(|| s.set.borrow().iter().all(|k| o.contains(k)))?;
    Ok(Value::Bool(r))
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issuperset", kw)?;
    arity("issuperset", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    let o = to_set(vm, &args[1])?;
    let r = vm.with_key_eq(|| o.iter().all(|k| s.set.borrow().contains(k)))?;
    Ok(Value::Bool(r))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isdisjoint", kw)?;
    arity("isdisjoint", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    let o = to_set(vm, &args[1])?;
    let r = !vm.with_key_eq(|| s.set.borrow().iter().any(|k| o.contains(k)))?;
    Ok(Value::Bool(r))
}

fn copy(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("copy", kw)?;
    let s = set_of(args)?;
    Ok(new_like(s, s.set.borrow().clone()))
}

pub(crate) fn set_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.add", kw)?;
    arity("set.add", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    vm.set_insert(s, args[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.discard", kw)?;
    arity("set.discard", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    vm.set_remove_key(s, &args[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.remove", kw)?;
    arity("set.remove", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    if !vm.set_remove_key(s, &args[1])? {
        return Err(key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.pop", kw)?;
    let s = set_of(args)?;
    let first = s.set.borrow_mut().shift_remove_index(0);
    match first {
        Some(k) => Ok(k.value),
        None => Err(key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.clear", kw)?;
    set_of(args)?.set.borrow_mut().clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.update", kw)?;
    let s = set_of(args)?.clone();
    for other in &args[1..] {
        let o = to_set(vm, other)?;
        for k in o {
            vm.set_insert_key(&s, k)?;
        }
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.intersection_update", kw)?;
    let s = set_of(args)?.clone();
    for other in &args[1..] {
        let o = to_set(vm, other)?;
        let keep: Vec<bool> =
            vm.with_key_eq(|| s.set.borrow().iter().map(|k| o.contains(k)).collect())?;
        let mut keep = keep.into_iter();
        s.set_mut()?.retain(|_| keep.next().unwrap_or(true));
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.difference_update", kw)?;
    let s = set_of(args)?.clone();
    for other in &args[1..] {
        let o = to_set(vm, other)?;
        let keep: Vec<bool> =
            vm.with_key_eq(|| s.set.borrow().iter().map(|k| !o.contains(k)).collect())?;
        let mut keep = keep.into_iter();
        s.set_mut()?.retain(|_| keep.next().unwrap_or(true));
    }
    Ok(Value::None)
}
