//! `set` and `frozenset` methods.

use super::add;
use crate::builtin_types::BuiltinTypes;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::call::{arity, no_kwargs};
use crate::object::{HKey, PySet, Set};
use crate::value::Value;
use crate::vm::Vm;
use pyjit_bytecode::BinOp;
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
            ("discard", set_discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
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
    let mut t = Set::new();
    update_table(vm, &mut t, v)?;
    Ok(t)
}

fn new_like(s: &PySet, set: Set) -> Value {
    Value::Set(Rc::new(PySet::new(set, s.frozen)))
}

fn same(s: &Rc<PySet>, v: &Value) -> bool {
    matches!(v, Value::Set(o) if Rc::ptr_eq(s, o))
}

/// The hashed items of an iterable that is not a set or dict, in iteration order.
fn hashed_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<HKey>> {
    let items = vm.collect(v)?;
    let mut keys = Vec::with_capacity(items.len());
    for item in items {
        keys.push(vm.hkey(item)?);
    }
    Ok(keys)
}

// The set algebra below follows CPython's `Objects/setobject.c` step for step (which table is
// walked, which is probed, when a copy is made), because that decides the slot order — the
// iteration order — of the result.

/// Add what `other` holds to `t` (`set_update_internal`): a set is merged, a dict's keys are
/// added after one resize, any other iterable's items one by one in order.
pub(crate) fn update_table(vm: &mut Vm, t: &mut Set, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => {
            let o = o.set.borrow();
            vm.with_key_eq(|| t.merge(&o))
        }
        Value::Dict(d) => {
            let keys: Vec<HKey> = d.map.borrow().keys().cloned().collect();
            vm.with_key_eq(|| {
                t.reserve_for_dict(keys.len());
                t.extend(keys)
            })
        }
        _ => {
            let keys = hashed_items(vm, other)?;
            vm.with_key_eq(|| t.extend(keys))
        }
    }
}

/// `a & other` (`set_intersection`; `a` is not `other`): walks the smaller of two sets and
/// probes the larger; an iterable's items are probed in order.
pub(crate) fn intersect(vm: &mut Vm, a: &Set, other: &Value) -> PyResult<Set> {
    let mut r = Set::new();
    if let Value::Set(o) = other {
        let o = o.set.borrow();
        let (big, small) = if o.len() > a.len() {
            (&*o, a)
        } else {
            (a, &*o)
        };
        vm.with_key_eq(|| {
            for k in small.iter() {
                if big.contains(k) {
                    r.insert(k.clone());
                }
            }
        })?;
        return Ok(r);
    }
    let keys = hashed_items(vm, other)?;
    vm.with_key_eq(|| {
        for k in keys {
            if a.contains(&k) {
                r.insert(k);
                if r.len() >= a.len() {
                    break;
                }
            }
        }
    })?;
    Ok(r)
}

/// Remove what `other` holds from `t` (`set_difference_update_internal`; `t` is not `other`).
pub(crate) fn subtract(vm: &mut Vm, t: &mut Set, other: &Value) -> PyResult<()> {
    let keys: Vec<HKey> = match other {
        Value::Set(o) if (o.set.borrow().len() >> 3) > t.len() => {
            intersect(vm, t, other)?.into_iter().collect()
        }
        Value::Set(o) => o.set.borrow().iter().cloned().collect(),
        _ => hashed_items(vm, other)?,
    };
    vm.with_key_eq(|| {
        for k in &keys {
            t.remove(k);
        }
        t.purge_after_removals();
    })
}

/// `a - other` (`set_difference`; `a` is not `other`).
pub(crate) fn difference_of(vm: &mut Vm, a: &Set, other: &Value) -> PyResult<Set> {
    let other_len = match other {
        Value::Set(o) => Some(o.set.borrow().len()),
        Value::Dict(d) => Some(d.map.borrow().len()),
        _ => None,
    };
    match other_len {
        Some(n) if (a.len() >> 2) <= n => {}
        _ => {
            let mut r = a.clone();
            subtract(vm, &mut r, other)?;
            return Ok(r);
        }
    }
    let mut r = Set::new();
    match other {
        Value::Set(o) => {
            let o = o.set.borrow();
            vm.with_key_eq(|| {
                for k in a.iter() {
                    if !o.contains(k) {
                        r.insert(k.clone());
                    }
                }
            })?;
        }
        Value::Dict(d) => {
            let m = d.map.borrow();
            vm.with_key_eq(|| {
                for k in a.iter() {
                    if !m.contains_key(k) {
                        r.insert(k.clone());
                    }
                }
            })?;
        }
        _ => unreachable!("sizes are known for sets and dicts only"),
    }
    Ok(r)
}

/// `t ^= other` (`set_symmetric_difference_update`; `t` is not `other`): each key of `other`
/// is removed from `t` when there, added otherwise.
pub(crate) fn toggle(vm: &mut Vm, t: &mut Set, other: &Value) -> PyResult<()> {
    let keys: Vec<HKey> = match other {
        Value::Dict(d) => d.map.borrow().keys().cloned().collect(),
        Value::Set(o) => o.set.borrow().iter().cloned().collect(),
        _ => to_set(vm, other)?.into_iter().collect(),
    };
    vm.with_key_eq(|| {
        for k in keys {
            if t.remove(&k).is_none() {
                t.insert(k);
            }
        }
    })
}

/// `a ^ other` (`set_symmetric_difference`): a new set of `other`, toggled by `a`'s keys.
pub(crate) fn symmetric_difference_of(vm: &mut Vm, a: &Rc<PySet>, other: &Value) -> PyResult<Set> {
    let mut r = to_set(vm, other)?;
    if same(a, other) {
        r.clear();
        return Ok(r);
    }
    toggle(vm, &mut r, &Value::Set(a.clone()))?;
    Ok(r)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets or frozensets (the left one's kind).
pub(crate) fn binary(vm: &mut Vm, op: BinOp, a: &Rc<PySet>, b: &Value) -> PyResult<Value> {
    let r = match op {
        BinOp::Or => {
            let mut r = a.set.borrow().clone();
            if !same(a, b) {
                update_table(vm, &mut r, b)?;
            }
            r
        }
        BinOp::And if same(a, b) => a.set.borrow().clone(),
        BinOp::Sub if same(a, b) => Set::new(),
        BinOp::And | BinOp::Sub => {
            let t = a.set.borrow();
            let r = if op == BinOp::And {
                intersect(vm, &t, b)?
            } else {
                difference_of(vm, &t, b)?
            };
            drop(t);
            r
        }
        _ => symmetric_difference_of(vm, a, b)?,
    };
    Ok(new_like(a, r))
}

/// `SetUpdate` (`{*a, *b}`), out of the evaluation loop.
#[inline(never)]
pub(crate) fn update_op(vm: &mut Vm, s: Rc<PySet>, other: Value) -> PyResult<()> {
    in_place(vm, BinOp::Or, &s, &other)
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on a mutable set: in place.
pub(crate) fn in_place(vm: &mut Vm, op: BinOp, a: &Rc<PySet>, b: &Value) -> PyResult<()> {
    if same(a, b) {
        match op {
            BinOp::Sub | BinOp::Xor => a.set_mut()?.clear(),
            _ => {}
        }
        return Ok(());
    }
    // An iterable is consumed item by item, adding to (or removing from) the live set, as
    // CPython does: a generator reading the set sees it change (and may raise for it).
    let lazy = match op {
        BinOp::Or => !matches!(b, Value::Set(_) | Value::Dict(_)),
        BinOp::Sub => !matches!(b, Value::Set(_)),
        _ => false,
    };
    if lazy {
        let it = vm.get_iter(b)?;
        while let Some(x) = vm.next(&it)? {
            if op == BinOp::Or {
                vm.set_insert(a, x)?;
            } else {
                vm.set_remove_key(a, &x)?;
            }
        }
        if op == BinOp::Sub {
            a.set_mut()?.purge_after_removals();
        }
        return Ok(());
    }
    // Otherwise the other operand is read first (an iterable is materialized, as CPython
    // makes a set of it), then the keys are moved out, combined and put back.
    let items;
    let b = match b {
        Value::Set(_) | Value::Dict(_) => b,
        _ => {
            items = Value::list(vm.collect(b)?);
            &items
        }
    };
    let mut t = a.set_mut()?.take_body();
    let r = match op {
        BinOp::Or => update_table(vm, &mut t, b),
        BinOp::And => intersect(vm, &t, b).map(|r| t = r),
        BinOp::Sub => subtract(vm, &mut t, b),
        _ => toggle(vm, &mut t, b),
    };
    drop(a.set_mut()?.replace_body(t));
    r
}

fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("union", kw)?;
    let s = set_of(args)?;
    let mut r = s.set.borrow().clone();
    for other in &args[1..] {
        if !same(s, other) {
            update_table(vm, &mut r, other)?;
        }
    }
    Ok(new_like(s, r))
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("intersection", kw)?;
    let s = set_of(args)?;
    let r = intersection_multi(vm, s, &args[1..])?;
    Ok(new_like(s, r))
}

fn intersection_multi(vm: &mut Vm, s: &Rc<PySet>, others: &[Value]) -> PyResult<Set> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(s.set.borrow().clone());
    };
    let mut r = if same(s, first) {
        s.set.borrow().clone()
    } else {
        let t = s.set.borrow();
        let r = intersect(vm, &t, first)?;
        drop(t);
        r
    };
    for other in rest {
        r = intersect(vm, &r, other)?;
    }
    Ok(r)
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("difference", kw)?;
    let s = set_of(args)?;
    let Some((first, rest)) = args[1..].split_first() else {
        return Ok(new_like(s, s.set.borrow().clone()));
    };
    let mut r = if same(s, first) {
        Set::new()
    } else {
        let orig = s.set.borrow();
        let r = difference_of(vm, &orig, first)?;
        drop(orig);
        r
    };
    for other in rest {
        subtract(vm, &mut r, other)?;
    }
    Ok(new_like(s, r))
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("symmetric_difference", kw)?;
    arity("symmetric_difference", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    let r = symmetric_difference_of(vm, s, &args[1])?;
    Ok(new_like(s, r))
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
    if s.frozen {
        return Ok(Value::Set(s.clone())); // a frozenset's copy is itself
    }
    Ok(new_like(s, s.set.borrow().clone()))
}

pub(crate) fn set_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.add", kw)?;
    arity("set.add", &args[1.min(args.len())..], 1, 1)?;
    let s = set_of(args)?;
    vm.set_insert(s, args[1].clone())?;
    Ok(Value::None)
}

pub(crate) fn set_discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
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
    let first = s.set_mut()?.pop();
    match first {
        Some(k) => Ok(k.value),
        None => Err(key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.clear", kw)?;
    let old = set_of(args)?.set_mut()?.take_body();
    drop(old);
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.update", kw)?;
    let s = set_of(args)?.clone();
    for other in &args[1..] {
        in_place(vm, BinOp::Or, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.intersection_update", kw)?;
    let s = set_of(args)?.clone();
    let r = intersection_multi(vm, &s, &args[1..])?;
    let old = s.set_mut()?.replace_body(r);
    drop(old);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.difference_update", kw)?;
    let s = set_of(args)?.clone();
    for other in &args[1..] {
        in_place(vm, BinOp::Sub, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.symmetric_difference_update", kw)?;
    arity(
        "symmetric_difference_update",
        &args[1.min(args.len())..],
        1,
        1,
    )?;
    let s = set_of(args)?.clone();
    in_place(vm, BinOp::Xor, &s, &args[1])?;
    Ok(Value::None)
}

/// `a op b` with a dict keys or items view on at least one side (`dictviews_or`, `_sub`,
/// `_xor`, `_PyDictView_Intersect`): the left operand is made a set, then updated with the
/// right one; `&` probes the view by walking the other operand.
pub(crate) fn view_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Set> {
    use crate::object::ViewKind;
    use crate::ops::iter::dict_view;
    match op {
        BinOp::And => return view_intersect(vm, a, b),
        BinOp::Xor => {
            if let (Some((d1, ViewKind::Items)), Some((d2, ViewKind::Items))) =
                (dict_view(a), dict_view(b))
            {
                return items_xor(vm, &d1, &d2);
            }
        }
        _ => {}
    }
    // `dictviews_to_set`: a keys view's set is built from its dict (one resize up front).
    let mut t = match dict_view(a) {
        Some((d, ViewKind::Keys)) => to_set(vm, &Value::Dict(d))?,
        _ => to_set(vm, a)?,
    };
    match op {
        BinOp::Or => update_table(vm, &mut t, b)?,
        BinOp::Sub => subtract(vm, &mut t, b)?,
        _ => toggle(vm, &mut t, b)?,
    }
    Ok(t)
}

/// `view & other` (either order): walks the smaller side and probes the view.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Set> {
    use crate::ops::iter::dict_view;
    let (view, mut other) = if dict_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let mut view = view;
    let len_view = vm.len(view)?;
    if let Value::Set(s) = other {
        if !s.frozen && len_view <= s.set.borrow().len() {
            // `other.intersection(view)`: the view's keys probed in the set, in order.
            let t = s.set.borrow();
            return intersect(vm, &t, view);
        }
    }
    if dict_view(other).is_some() && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let mut r = Set::new();
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.view_contains(view, &x)? {
            let k = vm.hkey(x)?;
            vm.with_key_eq(|| r.insert(k))?;
        }
    }
    Ok(r)
}

/// `d1.items() ^ d2.items()` (`dictitems_xor`): the pairs of `d2` not equal in `d1`, then
/// the pairs of `d1` left.
fn items_xor(
    vm: &mut Vm,
    d1: &Rc<crate::object::PyDict>,
    d2: &Rc<crate::object::PyDict>,
) -> PyResult<Set> {
    let rest = crate::object::PyDict::new();
    for (k, v) in d1.entries() {
        let hk = vm.hkey(k)?;
        rest.map_mut()?.insert(hk, v);
    }
    let mut r = Set::new();
    for (k, v2) in d2.entries() {
        let same = match vm.dict_lookup(&rest, &k)? {
            Some(v1) => vm.eq(&v1, &v2)?,
            None => false,
        };
        if same {
            let hk = vm.hkey(k)?;
            rest.map_mut()?.remove(&hk);
        } else {
            let pair = vm.hkey(Value::tuple(vec![k, v2]))?;
            vm.with_key_eq(|| r.insert(pair))?;
        }
    }
    for (k, v) in rest.entries() {
        let pair = vm.hkey(Value::tuple(vec![k, v]))?;
        vm.with_key_eq(|| r.insert(pair))?;
    }
    Ok(r)
}
