//! Object stores of a linked exit (branch `jit-objexit`).
//!
//! An exit whose snapshot stores objects into locals (sunk `storeobj`s) leaves their
//! payloads in the ctx stack area; returning, the trampoline stores them with reference
//! counting (`entry::apply_exit`). When the exit is linked to a side trace, its stub calls
//! `link_stores` instead, which makes the same stores before the jump: each local takes a
//! new reference to its object and the frame's old value is released at once. The old
//! value must not die there — its destructor (or its items', a finalizer's Python code)
//! would run inside machine code — so when any old value would lose its last reference
//! (not counting the trace's own in `deferred`, which go when the iteration ends), the
//! helper stores nothing and fails, and the stub returns to the trampoline as an unlinked
//! exit does: the interpreter stores and finalizes where it always did.

use super::helpers::{ok, owned, view, Ret, TraceRt, FAIL};
use pyjit_runtime::Value;
use std::mem::ManuallyDrop;

/// One object store of an exit: local number, tag of the stored value, and the index in
/// `ctx` of its payload.
pub type LinkStore = (u32, u8, u32);

/// Are these the same heap object?
fn same_obj(a: &Value, b: &Value) -> bool {
    a.is_heap() && b.is_heap() && super::helpers::same(a, b)
}

/// An exit's object stores, `TraceRt::link_stores[first..first + count]`, made before its
/// stub jumps into the code the exit is linked to. `ctx` is the running trace's `ctx` (the stub wrote the
/// payloads into its stack area). With `release` (a side trace's end, which owns no
/// register state after it), the trace's `deferred` objects are released afterwards, as
/// its end does when it stores no object. Fails, having changed nothing, when an old value
/// would lose its last reference.
///
/// A store of the object the local already holds changes nothing and is skipped: a trace
/// that keeps its `storeobj`s (it allocates, calls residually or stores attributes, see
/// `opt/sink.rs`) has made it already, and its snapshots name it again. Such a store
/// used to take the slow count below whenever the object's count was small (richards'
/// `task`, held by the frame, a list and a link): 85 k of 243 k calls a quick run.
pub(crate) extern "sysv64" fn link_stores(
    rt: *mut TraceRt,
    first: u64,
    release: u64,
    ctx: u64,
    count: u64,
    _: u64,
) -> Ret {
    // SAFETY: `rt` is the running trace's `TraceRt` (its address is embedded in the code);
    // no reference into it is live while the helper runs.
    let rt = unsafe { &mut *rt };
    let Some(stores) = rt.link_stores.get(first as usize..(first + count) as usize) else {
        return FAIL;
    };
    let ctx = ctx as *const u64;
    // SAFETY: `ctx` is the trace's live `ctx` and `w` an index of its stack area, where the
    // stub just wrote the payload of a live value the trace holds.
    let bits = |w: u32| unsafe { *ctx.add(w as usize) };
    let locals = rt.locals;
    // SAFETY: `rt.locals` points to the frame's locals while the trace runs, and the trace's
    // entry requirements guarantee every local a snapshot names exists; nothing resizes them
    // while the helper runs.
    let local = |n: u32| unsafe { &mut *locals.add(n as usize) };
    // Does local `n` hold this store's value already?
    let held = |&(n, tag, w): &LinkStore| {
        let old = &*local(n);
        super::entry::tag_of(old) == tag && super::entry::payload_bits(old) == bits(w)
    };
    // (At most this many of an old value's references can go: the common case, an object
    // some container holds too, needs no counting.)
    let most = stores.len() + rt.deferred.len();
    for s in stores.iter() {
        let old = &*local(s.0);
        if old.is_heap()
            && old.strong_count() <= most
            && !held(s)
            && would_free(rt, stores, ctx, old)
        {
            return FAIL;
        }
    }
    // Every new value takes its reference before any old one is released (a swap stores
    // each local's old object into the other), so no release below is a last one.
    let mut changed = 0usize;
    for s in stores.iter() {
        if !held(s) {
            // SAFETY: as for `bits`: a live value of tag `s.1` the trace holds.
            std::mem::forget(unsafe { owned(s.1, bits(s.2)) });
            changed += 1;
        }
    }
    if changed != 0 {
        for s in stores.iter() {
            if !held(s) {
                // (The reference taken above.)
                // SAFETY: as for `bits`.
                let v = ManuallyDrop::into_inner(unsafe { view(s.1, bits(s.2)) });
                Value::release(std::mem::replace(local(s.0), v));
            }
        }
    }
    if release != 0 && !rt.deferred.is_empty() {
        rt.deferred.clear();
        if pyjit_runtime::gc::pending() {
            pyjit_runtime::gc::collect();
        }
    }
    ok(0)
}

/// Would `old`, an old value of one of `stores`' locals, lose its last reference to them?
/// Its references now, plus those the new values take, minus the frame's (once per local
/// holding it); the trace's own in `deferred` go when the iteration ends. Something else
/// must still hold it.
#[inline(never)]
fn would_free(rt: &TraceRt, stores: &[LinkStore], ctx: *const u64, old: &Value) -> bool {
    // SAFETY: as in `link_stores`: live payloads in `ctx`, the frame's locals in `rt.locals`.
    let new = |&(_, tag, w): &LinkStore| unsafe { view(tag, *ctx.add(w as usize)) };
    let local = |n: u32| unsafe { &*rt.locals.add(n as usize) };
    let taken = stores.iter().filter(|s| same_obj(&new(s), old)).count();
    let replaced = stores.iter().filter(|s| same_obj(local(s.0), old)).count();
    let ours = rt.deferred.iter().filter(|d| same_obj(d, old)).count();
    old.strong_count() + taken <= replaced + ours
}
