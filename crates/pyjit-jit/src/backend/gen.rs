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
use super::helpers::{frame_stack, ok, python_ran, Ret, TraceRt, FAIL};
use pyjit_runtime::interp::jit_hook::Resume;
use pyjit_runtime::Value;

/// Step the generator at stack index `d` once (`tag`: the type the trace expects).
pub(super) fn gen_next(rt: *mut TraceRt, d: u32, loops: bool, tag: u64) -> Ret {
    let g = match frame_stack(rt, u64::from(d)) {
        Some(Value::Generator(g)) => g.clone(),
        _ => return done(rt),
    };
    // SAFETY: as in `helpers::pycall`: `rt.vm` is the VM running the trace, used by nothing
    // else while it runs; the generator's code cannot reach the trace's frame, and the
    // generator itself is held here (`g`), not borrowed from the frame.
    let r = unsafe {
        let (vm, jit) = (
            (*rt).vm,
            if loops {
                (*rt).jit
            } else {
                std::ptr::null_mut()
            },
        );
        crate::jit::nested_call(jit, vm, || (*vm).generator_next_deep(&g))
    };
    python_ran();
    // SAFETY: as in `helpers::desc`; no reference into `deferred` or `pending` is live here.
    let rt = unsafe { &mut *rt };
    match r {
        Ok(Some(v)) if u64::from(tag_of(&v)) == tag => {
            rt.aux = 0;
            let bits = payload_bits(&v);
            if tag > u64::from(super::TAG_PLAIN_MAX) {
                rt.deferred.push(v);
            }
            ok(bits)
        }
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

/// No item: the guard on `iter.aux` exits to the `ForIter`.
fn done(rt: *mut TraceRt) -> Ret {
    // SAFETY: as in `helpers::desc`.
    unsafe { &mut *rt }.aux = 1;
    ok(0)
}
