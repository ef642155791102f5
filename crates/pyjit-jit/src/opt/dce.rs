//! Dead-code elimination and snapshot compaction.
//!
//! Folding and peeling leave values nobody reads: a constant whose only use was folded away,
//! the preamble copy of a comparison whose guard was hoisted, the `ineg` of a value that was
//! negated twice. This pass keeps only what is needed and renumbers the rest.
//!
//! Roots are the instructions with an effect: guards and tag checks (including guarded
//! `load`s — the check stays even if the value is unused, because later stores to the slot
//! rely on it), stores, the loop structure, `next`, and arithmetic whose guard reports an
//! exception (`ifloordiv`, `imod`, `fdiv`: dividing by zero must raise even if the quotient is
//! unused), guarded helper calls (an index out of range must raise), attribute reads
//! (`ldslot`'s tag check and `attr.at`'s key check: the recorder folds `a.x is None` to a
//! constant from the type it saw, so the check is what makes that constant true), `fsqrt` and `ftoi`
//! with their guards (a negative square root raises), and heap stores (`storeobj`, setters).
//! An overflow guard alone is not a root: if nothing reads the sum, nothing can tell
//! that it would have been a big int. A live instruction makes its operands and everything
//! its snapshot refers to live. Operands always point backwards, so one backward sweep
//! decides everything. Snapshots no instruction refers to any more are dropped and the rest
//! renumbered.

use super::Rewriter;
use crate::ir::{Inst, Trace, UnKind};

pub fn run(t: &Trace) -> Trace {
    let n = t.len();
    let mut live = vec![false; n];
    for i in (0..n).rev() {
        let inst = &t.insts[i];
        let root = match *inst {
            Inst::Guard { .. }
            | Inst::CheckPlain { .. }
            | Inst::Store { .. }
            | Inst::StoreObj { .. }
            | Inst::StoreSlot { .. }
            // `ldslot`'s tag check and `attr.at`'s key check are guards the recorder has
            // already specialised on: `a.x is None` on an `a.x` recorded as a str is the
            // constant `false`, right only while the check stays.
            | Inst::LoadSlot { .. }
            | Inst::AttrAt { .. }
            | Inst::JumpTop { .. }
            | Inst::Exit { .. }
            | Inst::Loop
            | Inst::Next { .. }
            | Inst::JumpLoop => true,
            Inst::Load { snap, .. } => snap.is_some(),
            Inst::Bin { op, snap, .. } => snap.is_some() && op.guard_is_observable(),
            // A guarded helper's exit may be a type change or an exception to raise (an
            // index out of range): it stays even when its result is unused.
            Inst::Call { h, snap, .. } => snap.is_some() || h.has_effect(),
            Inst::Un { op, snap, .. } => {
                snap.is_some() && matches!(op, UnKind::FSqrt | UnKind::FToI)
            }
            _ => false,
        };
        if !(root || live[i]) {
            continue;
        }
        live[i] = true;
        for r in inst.operands() {
            live[r.idx()] = true;
        }
        if let Some(s) = inst.snap() {
            for r in t.snap(s).refs() {
                live[r.idx()] = true;
            }
        }
    }
    let mut rw = Rewriter::new(t);
    for (i, inst) in t.insts.iter().enumerate() {
        if live[i] && !matches!(inst, Inst::Nop) {
            let new = rw.translate(inst);
            rw.map[i] = rw.new.push(new);
        }
    }
    rw.new
}
