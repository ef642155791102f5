//! `ForIter` over a generator in a loop trace (branch `jit-gen`): the generator is resumed
//! through the interpreter, like a residual call (`pycall` with a `Desc::GenNext`, so every
//! pass treats it as one: a barrier, results owned in `deferred`, its exit never linked).
//! The generator's body stays interpreted; what runs in machine code is the consumer's loop.
//! A generator delegating with `yield from` to another generator (a recursive tree walk) is
//! resumed at the innermost one (`Vm::generator_next_deep`), not level by level.
//!
//! Outcomes, and how the trace leaves for each (see `Recorder::for_gen`):
//! * an item of the recorded type: handed out, `TraceRt::aux` = 0;
//! * an item of another type, or an exception from the generator's body: kept in
//!   `TraceRt::pending`, the call fails and the trace exits to its snapshot *after* the
//!   `ForIter`, where the interpreter pushes the item or raises the exception (the
//!   traceback is the one the interpreter's own `ForIter` would give: the generator's
//!   frames, unwound inside the call, then the consumer's line);
//! * the generator returned (or the stack entry is no generator, which the trace does not
//!   step at all): `aux` = 1, and the guard after `iter.aux` exits to the `ForIter` itself.
//!   The interpreter then runs it again: a finished generator ends the loop at once
//!   (running no Python code), anything else is stepped there for the first time.

use super::entry::{payload_bits, tag_of};
use super::helpers::{desc, frame_stack, ok, python_ran, Ret, TraceRt, FAIL};
use crate::pool::Desc;
use pyjit_runtime::interp::jit_hook::Resume;
use pyjit_runtime::object::{Generator, IterState};
use pyjit_runtime::{PyResult, Value};
use std::rc::Rc;

/// `pycall` with a `Desc::GenNext`, called directly by the trace: `PAIR` is the
/// descriptor's `pair` (`enumerate(<generator>)`, whose count the trace reads with
/// `iter.count`), chosen when the trace is compiled (`Cg::helper_fn`).
pub(crate) extern "sysv64" fn gen_step_helper<const PAIR: bool>(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    match desc(rt, k) {
        Some(&Desc::GenNext { d, loops, .. }) if PAIR => enum_next(rt, d, loops, tag),
        Some(&Desc::GenNext { d, loops, .. }) => gen_next(rt, d, loops, tag),
        _ => FAIL,
    }
}

/// Step the generator at stack index `d` once (`tag`: the type the trace expects).
#[inline(always)]
pub(super) fn gen_next(rt: *mut TraceRt, d: u32, loops: bool, tag: u64) -> Ret {
    let g = match frame_stack(rt, u64::from(d)) {
        Some(Value::Generator(g)) => g.clone(),
        _ => return done(rt),
    };
    let r = step(rt, &g, loops);
    // SAFETY: as in `helpers::desc`; no reference into `deferred` or `pending` is live here.
    let rt = unsafe { &mut *rt };
    match r {
        Ok(Some(v)) if u64::from(tag_of(&v)) == tag => hand_out(rt, v, tag),
        Ok(Some(v)) => {
            rt.pending = Some(Resume::Push(v));
            FAIL
        }
        Ok(None) => done(rt),
        Err(e) => {
            rt.pending = Some(Resume::Raise(e));
            FAIL
        }
    }
}

/// `next(g)` through the interpreter, re-entering the JIT when `loops`.
#[inline(always)]
fn step(rt: *mut TraceRt, g: &Rc<Generator>, loops: bool) -> PyResult<Option<Value>> {
    // SAFETY: as in `helpers::pycall`: `rt.vm` is the VM running the trace, used by nothing
    // else while it runs; the generator's code cannot reach the trace's frame, and the
    // generator itself is held by the caller (`g`), not borrowed from the frame.
    let r = unsafe {
        let (vm, jit) = (
            (*rt).vm,
            if loops {
                (*rt).jit
            } else {
                std::ptr::null_mut()
            },
        );
        crate::jit::nested_call(jit, vm, || (*vm).generator_next_deep(g))
    };
    python_ran();
    r
}

/// The item `v` of the expected type `tag`: `aux` = 0, an object owned by the trace until
/// the iteration ends.
#[inline(always)]
fn hand_out(rt: &mut TraceRt, v: Value, tag: u64) -> Ret {
    rt.aux = 0;
    let bits = payload_bits(&v);
    if tag > u64::from(super::TAG_PLAIN_MAX) {
        rt.deferred.push(v);
    }
    ok(bits)
}

/// `ForIter` over `enumerate(g)` of a generator `g`, unpacked at once (`i, v`): the item, its
/// count stepped (`iter.count` reads it back). As the interpreter's
/// `enumerate` (`Vm::next`), the iterator reads as exhausted while `g` runs and stays so
/// when `g` returns or raises. An item of another type waits in `pending` as the pair the
/// interpreter pushes. A count that is no small int, or a state that is borrowed or of
/// another kind, steps nothing (`aux` = 1: the interpreter's `ForIter` handles it).
#[inline(always)]
pub(super) fn enum_next(rt: *mut TraceRt, d: u32, loops: bool, tag: u64) -> Ret {
    let it = match frame_stack(rt, u64::from(d)) {
        Some(Value::Iter(it)) => it.clone(),
        _ => return done(rt),
    };
    let (g, c) = {
        let Ok(mut st) = it.state.try_borrow_mut() else {
            return done(rt);
        };
        let (g, c) = match &*st {
            IterState::Enumerate {
                inner: Value::Generator(g),
                count: Value::Int(c),
            } if c.checked_add(1).is_some() => (g.clone(), *c),
            _ => return done(rt),
        };
        *st = IterState::Exhausted;
        (g, c)
    };
    // SAFETY: as in `step`.
    let r = unsafe {
        let (vm, jit) = (
            (*rt).vm,
            if loops {
                (*rt).jit
            } else {
                std::ptr::null_mut()
            },
        );
        // (Not `step`: one closure for both callers made `nested_call` a function of its
        // own, ~20 instructions more per item of every loop over a generator.)
        crate::jit::nested_call(jit, vm, || (*vm).generator_next_deep(&g))
    };
    python_ran();
    // SAFETY: as in `helpers::desc`; no reference into `deferred` or `pending` is live here.
    let rt = unsafe { &mut *rt };
    match r {
        Ok(Some(v)) => {
            *it.state.borrow_mut() = IterState::Enumerate {
                inner: Value::Generator(g),
                count: Value::Int(c + 1),
            };
            if u64::from(tag_of(&v)) == tag {
                hand_out(rt, v, tag)
            } else {
                rt.pending = Some(Resume::Push(Value::tuple(vec![Value::Int(c), v])));
                FAIL
            }
        }
        // Exhausted: the interpreter's `ForIter` ends the loop.
        Ok(None) => done(rt),
        Err(e) => {
            rt.pending = Some(Resume::Raise(e));
            FAIL
        }
    }
}

/// `iter.count`: the count of the item [`enum_next`] just handed out from the `enumerate` at
/// stack index `k` (one less than its count now).
pub(crate) extern "sysv64" fn iter_count(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    if let Some(Value::Iter(it)) = frame_stack(rt, k) {
        if let Ok(st) = it.state.try_borrow() {
            if let IterState::Enumerate {
                count: Value::Int(c),
                ..
            } = &*st
            {
                return ok(c.wrapping_sub(1) as u64);
            }
        }
    }
    // (Not reached: `enum_next` just stepped it, with an int count.)
    FAIL
}

/// No item: the guard on `iter.aux` exits to the `ForIter`.
fn done(rt: *mut TraceRt) -> Ret {
    // SAFETY: as in `helpers::desc`.
    unsafe { &mut *rt }.aux = 1;
    ok(0)
}
