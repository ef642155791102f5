//! Loop peeling: a preamble that checks, a loop body that only computes.
//!
//! After store sinking a trace is one iteration that loads its inputs from the frame (with a
//! tag check each), computes, and at `jumptop` writes its outputs back and starts over —
//! reloading and re-checking them. Peeling (LuaJIT's `lj_opt_loop`, PyPy's unrolling) copies
//! the iteration once:
//!
//! ```text
//!   preamble:  iteration 1 exactly as recorded — all loads and type checks
//!   loop:      %p = param %init ...     one param per slot the iteration stores
//!              iteration 2..n: the same instructions, re-emitted with
//!                load of a stored slot   -> its param (the previous iteration's value)
//!                load of an unstored one -> the preamble's load (invariant)
//!                checkplain              -> nothing (checked in the preamble)
//!              next %p %new ...         the values the params take next time
//!              jumploop
//! ```
//!
//! Because the loop body's inputs are the previous iteration's values, whose types the
//! compiler knows, it has no tag checks at all; values stay in registers across iterations
//! and are boxed back into the frame only by exit stubs. Every body instruction goes through
//! the constant folder with the preamble's CSE table still filled: an instruction whose
//! operands are all invariant is identical to its preamble copy and is replaced by it —
//! loop-invariant code motion for free (a guard on an invariant condition disappears the same
//! way). Params are fresh values, so nothing that depends on the previous iteration can be
//! confused with a preamble value.
//!
//! Peeling needs the loop to be type-stable: each stored slot must end the iteration with the
//! type it was loaded with (a local that is an int on entry and a float after one iteration
//! would need a different loop body). Such traces are rejected; the loop is recorded again
//! later, when its types may have settled.
//!
//! Objects stored into locals (`storeobj`, sunk like numbers) become params too: the loop
//! keeps the current object in a register and exits store it into the frame.
//!
//! A residual call (`pycall`) is a barrier: the body starts with the folder's heap facts
//! forgotten (`Folder::barrier`), since the previous iteration's call may have rebound a
//! global, changed a class or resized a list; hoisting a guard or an attribute address out
//! of such a loop would skip its check.
//!
//! Exits inside the loop body must write back every slot the loop stores (memory holds only
//! the values from before the trace started), so each body snapshot lists all of them: the
//! value stored so far in this iteration, or the param.

use super::fold::Folder;
use super::GONE;
use crate::ir::{Inst, Ref, Slot, Trace};
use crate::snapshot::SnapId;
use std::collections::HashMap;

pub fn run(t: &Trace) -> Result<Trace, String> {
    let Some(Inst::JumpTop { snap: end }) = t.insts.last().cloned() else {
        return Err("peel: trace does not end in jumptop".into());
    };
    // `storeobj`s stay in traces that allocate (see `sink.rs`); they are ordinary effects.
    if t.insts.iter().any(|i| matches!(i, Inst::Store { .. })) {
        return Err("peel: stores must be sunk first".into());
    }
    let stored: Vec<(Slot, Ref)> = t.snap(end).slots.clone();
    // Type stability: a stored slot that is also loaded must keep its type.
    for inst in &t.insts {
        if let Inst::Load { slot, ty, .. } = *inst {
            if let Some(&(_, v)) = stored.iter().find(|(s, _)| *s == slot) {
                if t.ty(v) != ty {
                    return Err(format!(
                        "type-unstable loop: {slot} enters as {} and leaves as {}",
                        ty.name(),
                        t.ty(v).name()
                    ));
                }
            }
        }
    }

    let mut out = t.derived();
    let mut folder = Folder::default();
    let body = &t.insts[..t.len() - 1];

    // Preamble: the iteration as it is.
    let mut pre = vec![GONE; t.len()];
    for (i, inst) in body.iter().enumerate() {
        let mut inst = inst.clone();
        inst.map_operands(|r| pre[r.idx()]);
        if let Some(s) = inst.snap() {
            let s = copy_snap(t, &mut out, s, |r| pre[r.idx()], &[]);
            inst.set_snap(Some(s));
        }
        pre[i] = folder.emit(&mut out, inst).unwrap_or(GONE);
    }

    // A residual call in the iteration may change anything on the heap before the next one
    // begins: the body may then share nothing heap-dependent with the preamble (its global
    // and method guards, attribute addresses, `len`s are checked anew each iteration).
    if t.insts
        .iter()
        .any(|i| matches!(i, Inst::Call { h, .. } if h.barrier()))
    {
        folder.barrier();
    }
    // A trace that resizes a list, set or dict shares no `len` between the preamble and the
    // body: the next iteration's lengths may differ (`len` stays shared within one
    // iteration until the resize, see `Folder::forget_lens`).
    if t.insts.iter().any(|i| super::fold::resizes(t, i)) {
        folder.forget_lens();
    }

    // Loop header and params, one per stored slot, starting with the preamble's end value.
    out.push(Inst::Loop);
    folder.forget_stores();
    let mut params: Vec<(Slot, Ref)> = Vec::new();
    for &(slot, v) in &stored {
        let p = out.push(Inst::Param { init: pre[v.idx()] });
        params.push((slot, p));
    }
    let param_of: HashMap<Slot, Ref> = params.iter().copied().collect();

    // The body, again: loads become params or invariants.
    let mut cur = vec![GONE; t.len()];
    for (i, inst) in body.iter().enumerate() {
        match *inst {
            Inst::Load { slot, .. } => {
                cur[i] = param_of.get(&slot).copied().unwrap_or(pre[i]);
                continue;
            }
            Inst::CheckPlain { .. } => continue,
            _ => {}
        }
        let mut inst = inst.clone();
        inst.map_operands(|r| cur[r.idx()]);
        if let Some(s) = inst.snap() {
            let s = copy_snap(t, &mut out, s, |r| cur[r.idx()], &params);
            inst.set_snap(Some(s));
        }
        cur[i] = folder.emit(&mut out, inst).unwrap_or(GONE);
    }
    for (&(_, v), &(_, p)) in stored.iter().zip(&params) {
        let val = cur[v.idx()];
        if val != p {
            out.push(Inst::Next { param: p, val });
        }
    }
    out.push(Inst::JumpLoop);
    Ok(out)
}

/// Copy snapshot `s` with its references translated; in the loop body every stored slot not
/// already in the snapshot is added with its param.
fn copy_snap(
    t: &Trace,
    out: &mut Trace,
    s: SnapId,
    map: impl Fn(Ref) -> Ref,
    params: &[(Slot, Ref)],
) -> SnapId {
    let mut snap = t.snap(s).clone();
    snap.map_refs(map);
    for &(slot, p) in params {
        if !snap.slots.iter().any(|(x, _)| *x == slot) {
            snap.slots.push((slot, p));
        }
    }
    out.add_snap(snap)
}
