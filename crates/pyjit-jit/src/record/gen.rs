//! `ForIter` at the header of a loop over a Python generator (branch `jit-gen`): the
//! generator is resumed through the interpreter, as a residual call (`pycall` with a
//! `Desc::GenNext`, `backend/gen.rs`), and the consumer's loop body is compiled around it.
//! The generator's own body is not recorded (it suspends its frame at every `yield`, which
//! a trace cannot: see *Loops over generators* in docs/jit.md).

use super::{Recorder, LOOP_ENDED};
use crate::ir::{Const, Helper, Inst, Type};
use crate::pool::Desc;
use pyjit_bytecode::{CmpOp, Op};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;

impl Recorder {
    /// The loop's iterator, at stack index `d`, is a generator: `%v = pycall` (the next item;
    /// its type is known once the interpreter has stepped the generator, `step_inner`),
    /// exiting after the `ForIter` with the item pushed or the exception raised when the item
    /// has another type or the body raised; then `guard iter.aux == 0`, exiting to the
    /// `ForIter` when the generator returned (the interpreter ends the loop there).
    ///
    /// `enumerate(<generator>)` whose pairs the loop unpacks at once (`for i, v in ...`) is
    /// stepped the same way (`Desc::GenNext::pair`): the result is the item, then
    /// `iter.count` reads its count, and the next `UnpackSequence 2` takes the two apart.
    pub(super) fn for_gen(&mut self, f: &Frame, pc: usize, d: usize) -> Result<(), String> {
        let (g, pair) = match &f.stack[d] {
            Value::Generator(g) => (g.clone(), false),
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::Enumerate {
                    inner: Value::Generator(g),
                    count: Value::Int(_),
                } => (g.clone(), true),
                // (Blacklisted at once, as every "for loop over a ..." abort.)
                _ => return Err("for loop over a enumerate with a count not a small int".into()),
            },
            _ => return Err("for loop over a generator that is not one".into()),
        };
        if pair
            && !f
                .code
                .instrs
                .get(pc + 1)
                .is_some_and(|i| i.op == Op::UnpackSequence && i.arg == 2)
        {
            return Err("for loop over a enumerate of a generator (pairs not unpacked)".into());
        }
        // A loop that yields itself (a stage of a pipeline: `for x in stream: ... yield`)
        // would be entered again after every resumption of its generator and leave at its
        // `yield` after an iteration or two: measured on `generators`' `multiples_of`
        // (2 iterations per entry), +1.3 M instructions. It stays interpreted, as before.
        let end = f.code.instrs[pc].arg as usize;
        if f.code.flags.generator
            && f.code.instrs[pc..end.max(pc)]
                .iter()
                .any(|i| matches!(i.op, Op::YieldValue | Op::YieldFrom))
        {
            return Err("for loop over a generator in a generator that yields in it".into());
        }
        if g.running.get() {
            return Err("for loop over a running generator".into());
        }
        // A finished generator ends the loop in this iteration.
        let Some(frame) = g.frame.take() else {
            return Err(LOOP_ENDED.into());
        };
        let loops = frame
            .code
            .instrs
            .iter()
            .enumerate()
            .any(|(pc, ins)| ins.op == Op::Jump && (ins.arg as usize) <= pc);
        g.frame.set(Some(frame));
        let d = u32::try_from(d).map_err(|_| "stack too deep")?;
        self.residual_calls += 1;
        let kd = self
            .trace
            .pool
            .borrow_mut()
            .desc(Desc::GenNext { d, loops, pair });
        let after = self.snap(pc + 1);
        // The type is a placeholder until the generator has yielded.
        let r = self.call(Helper::PyCall, kd, Type::Int, &[], Some(after));
        let aux = self.call(Helper::IterAux, 0, Type::Int, &[], None);
        let at = self.snap(pc);
        let zero = self.konst(Const::Int(0));
        let c = self.push(Inst::Cmp {
            op: CmpOp::Eq,
            float: false,
            a: aux,
            b: zero,
        });
        self.push(Inst::Guard {
            cond: c,
            expect: true,
            snap: at,
        });
        self.begin_residual(r, pc, self.frame, self.code.clone(), kd, true);
        if pair {
            let count = self.call(Helper::IterCount, d, Type::Int, &[], None);
            // A stand-in for the pair, which the next instruction (`UnpackSequence 2`)
            // takes apart, as for `iter.walk2`.
            self.virtual_tuple = Some(vec![count, r]);
            if let Some(res) = &mut self.residual {
                res.pair = true;
            }
        }
        Ok(())
    }
}
