//! Helpers for the methods and operations of builtin containers that traces make (see
//! `Helper::ListPop` and after, `record/methods.rs`): `list.pop/insert/remove/index`,
//! `set.add/discard/remove`, dict subscripts, stores and `get`, `list * n`, and `**` with a
//! float. Same ABI and contract as `helpers.rs`: a helper that fails has changed nothing,
//! and the trace exits to the call's snapshot, where the interpreter makes the call
//! itself — raising the `IndexError`, `KeyError`, `ValueError` ... with its own message
//! and traceback, or running the `__eq__`/`__hash__` a helper will not.
//!
//! Objects a helper takes out of a container (a popped item, a removed key, a dict's old
//! value) wait in `TraceRt::deferred` until the iteration ends (`Helper::defers`): the
//! trace may still hold them as payloads (a local the store of which was sunk).

use super::entry::{payload_bits, tag_of};
use super::helpers::{
    defer, hand_out, index, number, ok, owned, same, view, with_items, with_items_mut, Ret,
    TraceRt, FAIL,
};
use pyjit_runtime::vm::Vm;
use pyjit_runtime::Value;

/// Would dropping this (maybe last) reference run a finalizer (`__del__`, a generator's
/// close)? Helpers that take an item out of a container exit instead (the interpreter then
/// drops it at once, where CPython runs the finalizer).
fn finalizes(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class.try_borrow().map_or(true, |c| c.has_del.get()),
        Value::Generator(_) => true,
        _ => false,
    }
}

/// The VM running the trace.
///
/// # Safety
/// `rt.vm` must be the VM running the trace (see `pycall`); the reference must not outlive
/// the helper call, and no other reference to the VM may be live meanwhile.
unsafe fn vm<'a>(rt: *mut TraceRt) -> &'a mut Vm {
    // SAFETY: the caller's contract.
    unsafe { &mut *(*rt).vm }
}

/// `list.pop()` (`k` = 0) or `list.pop(i)` (`k` = 1): the item, if it has tag `tag` and no
/// finalizer; the trace owns it until the iteration ends. Fails, changing nothing, on an
/// empty list or an index out of range (the interpreter raises the `IndexError`).
pub(crate) extern "sysv64" fn list_pop(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    list: u64,
    i: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list it holds.
    let x = unsafe {
        with_items_mut(list, |items| {
            let n = items.len();
            let j = if k == 1 {
                index(i, n)
            } else {
                n.checked_sub(1)
            }?;
            if tag_of(&items[j]) as u64 != tag || finalizes(&items[j]) {
                return None;
            }
            Some(pyjit_runtime::object::remove_at(items, j))
        })
    };
    let Some(x) = x else { return FAIL };
    ok(hand_out(rt, x))
}

/// `list.insert(i, v)` (`(tag, val)` the value): the index is clamped as Python does, the
/// list takes a new reference.
pub(crate) extern "sysv64" fn list_insert(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    list: u64,
    i: u64,
    val: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list it holds and the tag and payload of a
    // live value (or a number it computed).
    let v = unsafe { owned(tag as u8, val) };
    // SAFETY: as above.
    let done = unsafe {
        with_items_mut(list, |items| {
            let n = items.len() as i64;
            let i = i as i64;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            pyjit_runtime::object::insert_at(items, j as usize, v);
            Some(())
        })
    };
    done.map_or(FAIL, |()| ok(0))
}

/// The index of the first item of `items` equal to `x` (an int or a str), comparing as
/// `Vm::list_find` does without running Python code: int with int, str with str, anything
/// identical. `Err(())` when some item compared would need more (its `__eq__`, a float).
fn find_simple(items: &[Value], x: &Value) -> Result<Option<usize>, ()> {
    for (j, v) in items.iter().enumerate() {
        let eq = match (v, x) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
            _ if v.is(x) => true,
            _ => return Err(()),
        };
        if eq {
            return Ok(Some(j));
        }
    }
    Ok(None)
}

/// `list.remove(x)` (`(tag, val)` an int or str): the first equal item goes (kept by the
/// trace until the iteration ends). Fails when there is none (the interpreter raises the
/// `ValueError`) or an item would need a Python comparison.
pub(crate) extern "sysv64" fn list_remove(
    rt: *mut TraceRt,
    _: u64,
    tag: u64,
    list: u64,
    val: u64,
    _: u64,
) -> Ret {
    // SAFETY: as in `list_insert`.
    let removed = unsafe {
        let x = view(tag as u8, val);
        with_items_mut(list, |items| {
            let j = find_simple(items, &x).ok()??;
            Some(pyjit_runtime::object::remove_at(items, j))
        })
    };
    let Some(removed) = removed else { return FAIL };
    defer(rt, removed);
    ok(0)
}

/// `list.index(x)` (`k` = the tag of `x`, an int or str), failing as `list.remove` does.
pub(crate) extern "sysv64" fn list_index(
    _: *mut TraceRt,
    k: u64,
    _: u64,
    list: u64,
    val: u64,
    _: u64,
) -> Ret {
    // SAFETY: as in `list_insert`.
    let j = unsafe {
        let x = view(k as u8, val);
        with_items(list, |items| find_simple(items, &x).ok()?)
    };
    j.map_or(FAIL, |j| ok(j as u64))
}

/// `guard.set`: the operand is a mutable set (a frozenset has the same tag).
pub(crate) extern "sysv64" fn guard_set(
    _: *mut TraceRt,
    _: u64,
    _: u64,
    set: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a set it holds.
    let v = unsafe { view(super::TAG_SET, set) };
    match &*v {
        Value::Set(s) if !s.frozen => ok(0),
        _ => FAIL,
    }
}

/// `set.add` (`k` = 0), `set.discard` (1), `set.remove` (2) of a simple key `(tag, val)`.
fn set_op(rt: *mut TraceRt, k: u64, tag: u64, set: u64, val: u64) -> Ret {
    // SAFETY: the trace passes the payload of a set it holds and the tag and payload of a
    // live value.
    let (s, x) = unsafe { (view(super::TAG_SET, set), view(tag as u8, val)) };
    let Value::Set(s) = &*s else { return FAIL };
    if s.frozen {
        return FAIL;
    }
    if k == 0 {
        // SAFETY: see `vm`; the insertion runs no Python code.
        return match (unsafe { vm(rt) }).set_add_simple(s, &x) {
            Some(()) => ok(0),
            None => FAIL,
        };
    }
    // SAFETY: see `vm`; the set operations below run no Python code.
    let Some((_, at)) = (unsafe { vm(rt) }).set_slot_simple(s, &x) else {
        return FAIL;
    };
    let Ok(mut set) = s.set.try_borrow_mut() else {
        return FAIL;
    };
    match (k, at) {
        (1 | 2, Some(i)) => {
            let removed = set.remove_slot(i);
            drop(set);
            defer(rt, removed.value);
        }
        (2, None) => return FAIL,
        _ => {}
    }
    ok(0)
}

pub(crate) extern "sysv64" fn set_add(
    rt: *mut TraceRt,
    _: u64,
    tag: u64,
    set: u64,
    val: u64,
    _: u64,
) -> Ret {
    set_op(rt, 0, tag, set, val)
}

pub(crate) extern "sysv64" fn set_discard(
    rt: *mut TraceRt,
    _: u64,
    tag: u64,
    set: u64,
    val: u64,
    _: u64,
) -> Ret {
    set_op(rt, 1, tag, set, val)
}

pub(crate) extern "sysv64" fn set_remove(
    rt: *mut TraceRt,
    _: u64,
    tag: u64,
    set: u64,
    val: u64,
    _: u64,
) -> Ret {
    set_op(rt, 2, tag, set, val)
}

/// `dict.get`: `d[key]` (`k` = the key's tag) or `d.get(key[, default])` (`k` also has bit
/// 8, and the default's tag in bits 16..24, 0 for no default: `None`). The value (borrowed:
/// the dict owns it) if it has tag `tag`.
pub(crate) extern "sysv64" fn dict_get(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    dict: u64,
    key: u64,
    default: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a dict it holds and the tag and payload of a
    // live key (or a number it computed).
    let (d, x) = unsafe { (view(super::TAG_DICT, dict), view(k as u8, key)) };
    let Value::Dict(d) = &*d else { return FAIL };
    // SAFETY: see `vm`; the lookup runs no Python code.
    let Some((_, at)) = (unsafe { vm(rt) }).dict_slot_simple(d, &x) else {
        return FAIL;
    };
    match at {
        Some(i) => {
            let Ok(m) = d.map.try_borrow() else {
                return FAIL;
            };
            match m.get_index(i) {
                Some((_, v)) if tag_of(v) as u64 == tag => ok(payload_bits(v)),
                _ => FAIL,
            }
        }
        None if k >> 8 & 1 == 1 => {
            let dtag = (k >> 16) as u8;
            match dtag {
                0 if tag == 1 => ok(0),
                0 => FAIL,
                t if t as u64 == tag => ok(default),
                _ => FAIL,
            }
        }
        None => FAIL,
    }
}

/// `dict.set`: `d[key] = (tag, val)` for a simple key (`k` = its tag). An equal key already
/// there stays and its old value waits in `deferred` until the iteration ends; a new key is
/// appended. Fails, storing nothing, when the lookup needs Python code or the old value is
/// the last reference to an object with a finalizer.
pub(crate) extern "sysv64" fn dict_set(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    dict: u64,
    key: u64,
    val: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a dict it holds and tags and payloads of live
    // values (or numbers it computed).
    let (d, x) = unsafe { (view(super::TAG_DICT, dict), view(k as u8, key)) };
    let Value::Dict(d) = &*d else { return FAIL };
    // SAFETY: see `vm`; the lookup runs no Python code.
    let Some((hash, at)) = (unsafe { vm(rt) }).dict_slot_simple(d, &x) else {
        return FAIL;
    };
    let Ok(mut m) = d.map.try_borrow_mut() else {
        return FAIL;
    };
    // SAFETY: as above.
    let v = unsafe { owned(tag as u8, val) };
    match at {
        Some(i) => {
            let Some((_, slot)) = m.get_index_mut(i) else {
                return FAIL;
            };
            if finalizes(slot) {
                // As in `attr_store`: the trace's own references go when the iteration ends.
                let count = match &*slot {
                    Value::Instance(o) => std::rc::Rc::strong_count(o),
                    Value::Generator(g) => std::rc::Rc::strong_count(g),
                    _ => usize::MAX,
                };
                // SAFETY: as in `desc`; no mutable reference into `deferred` is live here.
                let ours = unsafe { &*rt }
                    .deferred
                    .iter()
                    .filter(|d| same(d, slot))
                    .count();
                if count <= 1 + ours {
                    return FAIL;
                }
            }
            let old = std::mem::replace(slot, v);
            drop(m);
            defer(rt, old);
        }
        None => {
            m.insert(
                pyjit_runtime::object::HKey {
                    hash,
                    value: (*x).clone(),
                },
                v,
            );
        }
    }
    ok(0)
}

/// `pow`: `a ** b` of two numbers (`k` = a's tag | b's tag << 8) through the interpreter's
/// `binary_op`, if it gives a float.
pub(crate) extern "sysv64" fn pow(rt: *mut TraceRt, k: u64, _: u64, a: u64, b: u64, _: u64) -> Ret {
    let (x, y) = (number(k & 0xff, a), number(k >> 8 & 0xff, b));
    // SAFETY: see `vm`; a power of two numbers runs no Python code.
    match (unsafe { vm(rt) }).binary_op(pyjit_bytecode::BinOp::Pow, &x, &y) {
        Ok(Value::Float(f)) => ok(f.to_bits()),
        _ => FAIL,
    }
}

/// `list.repeat`: a new list, the items of `list` repeated `n` times (none for `n <= 0`),
/// owned by the trace until the iteration ends; fails above 2^20 items.
pub(crate) extern "sysv64" fn list_repeat(
    rt: *mut TraceRt,
    _: u64,
    _: u64,
    list: u64,
    n: u64,
    _: u64,
) -> Ret {
    let n = (n as i64).max(0) as usize;
    // SAFETY: the trace passes the payload of a list it holds.
    let out = unsafe {
        with_items(list, |items| {
            if items.len().saturating_mul(n) > 1 << 20 {
                return None;
            }
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Some(out)
        })
    };
    let Some(out) = out else { return FAIL };
    ok(hand_out(rt, Value::list(out)))
}

/// `unpack.rest`: the starred part of `a, *rest, b = seq` — a new list of the items of the
/// list or tuple `seq` from `before` to `len - after` (`k` = before | after << 8 | seq's tag
/// << 16), owned by the trace until the iteration ends, as the interpreter's `UnpackEx`
/// makes it. Fails when the list is mutably borrowed or shorter than `before + after`.
pub(crate) extern "sysv64" fn unpack_rest(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    seq: u64,
    _: u64,
    _: u64,
) -> Ret {
    let (before, after) = ((k & 0xff) as usize, (k >> 8 & 0xff) as usize);
    let mid = |items: &[Value]| {
        let end = items.len().checked_sub(after).filter(|&e| e >= before)?;
        Some(items[before..end].to_vec())
    };
    // SAFETY: the trace passes the payload of a list or tuple it holds, with its tag.
    let v = unsafe { view((k >> 16) as u8, seq) };
    let out = match &*v {
        Value::List(l) => l.items.try_borrow().ok().and_then(|items| mid(&items)),
        Value::Tuple(t) => mid(&t.items),
        _ => None,
    };
    let Some(out) = out else { return FAIL };
    ok(hand_out(rt, Value::list(out)))
}

/// `str.mod`: `fmt % x` (`k` = x's tag) through the interpreter's `binary_op`, a new str
/// owned by the trace until the iteration ends. For an int, float, bool or str `x` that
/// formatting runs no Python code; a tuple must hold only such values (or `None`), else the
/// helper fails and the interpreter formats it (calling `__str__`/`__repr__`/`__index__`).
/// Fails, changing nothing, where the interpreter raises (the trace then exits before the
/// operation, which the interpreter redoes, raising with its own traceback).
pub(crate) extern "sysv64" fn str_mod(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    fmt: u64,
    x: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a str it holds, and a value with tag `k`.
    let (f, x) = unsafe { (view(super::TAG_STR, fmt), view(k as u8, x)) };
    if let Value::Tuple(t) = &*x {
        let simple = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) | Value::None
            )
        };
        if !t.items.iter().all(simple) {
            return FAIL;
        }
    }
    // SAFETY: see `vm`; formatting these operands runs no Python code.
    match (unsafe { vm(rt) }).binary_op(pyjit_bytecode::BinOp::Mod, &f, &x) {
        Ok(r @ Value::Str(_)) => ok(hand_out(rt, r)),
        _ => FAIL,
    }
}
