//! Redundant load and guard elimination: a type known once is not checked again.
//!
//! The recorder is deliberately naive. Every `LoadFast` becomes a `load` that checks the
//! local's tag, every `StoreFast` a `checkplain` (the slot holds no heap object, so
//! overwriting it needs no reference counting) followed by a `store`. Within one trace most of
//! that is redundant: once `local3` has been loaded as an int, or stored from an int, its
//! content is an IR value whose type the compiler knows, so
//!
//! * a later `load` of the slot is replaced by that value — no memory access, no tag check;
//! * a `checkplain` of a slot that was loaded, stored or already checked disappears (ints,
//!   floats and bools are plain);
//! * a `guard` on a condition value already guarded with the same expectation disappears
//!   (the trace would have exited at the first one).
//!
//! This is the forward half of what LuaJIT calls load forwarding; it runs first, so the
//! later passes see each slot loaded at most once, before any store to it. That ordering is
//! what store sinking (`sink.rs`) relies on. Guards that the type knowledge of the *previous
//! iteration* makes redundant are removed by loop peeling (`peel.rs`), not here.

use super::{Rewriter, GONE};
use crate::ir::{Inst, Ref, Slot, Trace};
use std::collections::{HashMap, HashSet};

pub fn run(t: &Trace) -> Trace {
    let mut rw = Rewriter::new(t);
    // What each slot is known to hold now (a value of the new trace).
    let mut known: HashMap<Slot, Ref> = HashMap::new();
    // Slots known to hold no heap object without a known value.
    let mut plain: HashSet<Slot> = HashSet::new();
    let mut guarded: HashSet<(Ref, bool)> = HashSet::new();
    for (i, inst) in t.insts.iter().enumerate() {
        match *inst {
            Inst::Load { slot, .. } => {
                if let Some(&v) = known.get(&slot) {
                    rw.map[i] = v;
                    continue;
                }
                let new = rw.translate(inst);
                let r = rw.new.push(new);
                known.insert(slot, r);
                rw.map[i] = r;
            }
            Inst::Store { slot, val } | Inst::StoreObj { slot, val } => {
                let v = rw.get(val);
                known.insert(slot, v);
                let new = rw.translate(inst);
                rw.new.push(new);
                rw.map[i] = GONE;
            }
            Inst::CheckPlain { slot, .. } => {
                if known.contains_key(&slot) || !plain.insert(slot) {
                    continue;
                }
                let new = rw.translate(inst);
                rw.new.push(new);
            }
            Inst::Guard { cond, expect, .. } => {
                if !guarded.insert((rw.get(cond), expect)) {
                    continue;
                }
                let new = rw.translate(inst);
                rw.new.push(new);
            }
            _ => {
                let new = rw.translate(inst);
                rw.map[i] = rw.new.push(new);
            }
        }
    }
    rw.new
}
