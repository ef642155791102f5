//! `ForIter` at the header of a loop over an iterator the trace steps in the frame
//! (`backend/walk.rs`): str and dict-walk iterators, and `enumerate`/`zip` over simple
//! iterators, whose pairs the loop's `UnpackSequence 2` takes apart without a tuple.

use super::{ir_type, Recorder, LOOP_ENDED};
use crate::backend::entry::tag_of;
use crate::backend::walk::{peek, Walk};
use crate::ir::Helper;
use pyjit_bytecode::Op;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::Value;

impl Recorder {
    /// The loop's iterator, at stack index `d`, is no range, list or tuple iterator: step it
    /// where it lives (`iter.walk`, or `iter.walk2` + `iter.aux` for a pair unpacked at
    /// once), exiting to the `ForIter` — changing nothing — when it is exhausted, has
    /// another kind, an item of another type, or is a dict walk whose dict changed size (the
    /// interpreter then ends the loop or raises there).
    pub(super) fn for_walk(&mut self, f: &Frame, pc: usize, d: usize) -> Result<(), String> {
        let it = &f.stack[d];
        let name = match it {
            Value::Iter(i) => i.type_name,
            _ => "object",
        };
        let unpack2 = f
            .code
            .instrs
            .get(pc + 1)
            .is_some_and(|i| i.op == Op::UnpackSequence && i.arg == 2);
        match peek(it) {
            Walk::End => Err(LOOP_ENDED.into()),
            Walk::No => Err(format!("for loop over a {name}")),
            Walk::One(x) => {
                let s = self.snap(pc);
                let v = self.call(Helper::IterWalk, d as u32, ir_type(&x), &[], Some(s));
                self.stack.push(v);
                Ok(())
            }
            Walk::Two(a, b) if unpack2 && d < 0x1_0000 => {
                let s = self.snap(pc);
                let k = d as u32 | u32::from(tag_of(&b)) << 16;
                let va = self.call(Helper::IterWalk2, k, ir_type(&a), &[], Some(s));
                let vb = self.call(Helper::IterAux, 0, ir_type(&b), &[], None);
                // A stand-in for the pair, which the next instruction (`UnpackSequence 2`)
                // takes apart, as for `BuildTuple` + `UnpackSequence`.
                self.stack.push(va);
                self.virtual_tuple = Some(vec![va, vb]);
                Ok(())
            }
            Walk::Two(..) => Err(format!("for loop over a {name} (pairs not unpacked)")),
        }
    }
}
