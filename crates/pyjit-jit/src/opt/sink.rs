//! Store sinking: values stay unboxed in registers and reach the frame only at exits.
//!
//! A recorded trace writes every `StoreFast` to the frame: a tag byte and an 8-byte payload
//! per assignment, and (through the `load`s after it) reads them back. None of that is needed
//! while the trace runs — nothing but the trace looks at the frame until it exits. So this pass
//! deletes every `store` and instead records, in the snapshot of every later guard, which value
//! each stored slot holds at that point. The exit stub writes exactly those slots; the
//! `jumptop` at the end of an unpeeled trace writes them all before starting over.
//!
//! That is the "unboxing" half of the peel-and-unbox optimization: an int or float lives in a
//! general or XMM register for as long as the trace runs and is boxed back into a `Value`
//! (tag + payload) only on the way out. Together with peeling (`peel.rs`), which removes the
//! `jumptop` write-back, a loop runs without touching memory at all.
//!
//! Objects stored into locals (`storeobj`) are sunk the same way: the trace then keeps the
//! new object in a register (it is borrowed from the container it came from) and the frame
//! keeps the old one — alive — until an exit, which stores the new one with reference
//! counting (`backend/entry.rs`). Only the unpeeled `jumptop` still stores them as it goes.
//!
//! Except in traces that allocate (`new`): there every `storeobj` stays, so the frame owns
//! what a local holds. An allocated instance is owned by the trace only until the iteration
//! ends (`TraceRt::deferred`); one kept in a local across the back-edge must by then have an
//! owner of its own, or the register holding it would point to freed memory. The store still
//! enters the snapshots (the exit's store of the same object is harmless) so that peeling
//! makes the local a loop-carried value.
//!
//! The same holds in traces with a residual call (`pycall`): the callee may drop the last
//! other owner of an object a local holds (`self.queue = pkt.link` after `pkt =
//! self.queue`), and its result is owned by the trace only until the iteration ends.
//!
//! And in traces that store objects into attributes (`attr.store`): the old value is
//! released when the iteration ends, and a local may hold it (`n = self.head; self.head =
//! m`) — or something only it kept alive — across the back-edge.
//!
//! Requires: no `load` of a slot after a `store` to it (the `guards` pass guarantees that);
//! should one remain, it is forwarded to the stored value here.

use super::{Rewriter, GONE};
use crate::ir::{Inst, Ref, Slot, Trace};

pub fn run(t: &Trace) -> Trace {
    let mut rw = Rewriter::new(t);
    let allocates = t
        .insts
        .iter()
        .any(|i| matches!(i, Inst::Call { h, .. } if h.defers()));
    // Slots stored so far and their current values (new trace), in first-store order.
    let mut state: Vec<(Slot, Ref)> = Vec::new();
    for (i, inst) in t.insts.iter().enumerate() {
        match *inst {
            Inst::Store { slot, val } | Inst::StoreObj { slot, val } => {
                let v = rw.get(val);
                if allocates && matches!(inst, Inst::StoreObj { .. }) {
                    let new = rw.translate(inst);
                    rw.new.push(new);
                }
                match state.iter_mut().find(|(s, _)| *s == slot) {
                    Some(e) => e.1 = v,
                    None => state.push((slot, v)),
                }
            }
            Inst::Load { slot, .. } if state.iter().any(|(s, _)| *s == slot) => {
                rw.map[i] = state
                    .iter()
                    .find(|(s, _)| *s == slot)
                    .map(|e| e.1)
                    .unwrap_or(GONE);
            }
            _ => {
                let new = rw.translate(inst);
                if let Some(s) = new.snap() {
                    let snap = &mut rw.new.snaps[s.idx()];
                    for &(slot, v) in &state {
                        if !snap.slots.iter().any(|(x, _)| *x == slot) {
                            snap.slots.push((slot, v));
                        }
                    }
                }
                rw.map[i] = rw.new.push(new);
            }
        }
    }
    rw.new
}
