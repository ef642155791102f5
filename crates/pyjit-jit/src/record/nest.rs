//! Loop nests in side traces (docs/jit.md, *Nested `for` loops*). The exit where a `for`
//! loop's trace finds its iterator exhausted gets a side trace that leaves the loop
//! (`leave_loop`: the frame's stack still holds the exhausted iterator, which its exits
//! drop, `Snapshot::pop`), runs the rest of the enclosing loop's body, steps the enclosing
//! `for` loop's iterator in the frame (`outer_step`, helper `iter.step`), and ends where the
//! next inner loop starts: `range(...)` (or a list or tuple) + `GetIter` are recorded as a
//! *pending* iterator that nothing but the loop's `ForIter` may see, and that `ForIter`
//! ends the side trace (`enter_loop`) with the iterator made (`iter.new`) and pushed by its
//! final exit, which the JIT turns into an entry of that loop's trace (`Jit::run`).

use super::{ir_type, Recorder};
use crate::backend::entry::IterKind;
use crate::ir::{Const, Helper, Inst, Ref, Type};
use crate::pool::Desc;
use crate::snapshot::SnapId;
use pyjit_bytecode::Op;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::object::{IterState, TypeKind};
use pyjit_runtime::Value;

/// Why a side trace does not run round an enclosing `for` loop: it iterates a generator,
/// `enumerate` ... (every recording from the exit meets it).
pub const OUTER_NOT_SEQ: &str =
    "enclosing for loop over something else than a range, list or tuple";

/// The iterable, then the iterator, of a `for` loop a side trace is about to start: never
/// made in the trace unless the side trace ends at that loop (`enter_loop`). Its stand-in
/// on the abstract stack is `marker`.
pub(super) struct Pending {
    marker: Ref,
    kind: PendKind,
    /// `GetIter` was recorded: it is the iterator.
    iter: bool,
    /// `trace.snaps.len()` when it was made: no snapshot may refer to the marker.
    snaps: usize,
    /// The state before the `range` call or the `GetIter` (`iter.reset`'s exit).
    pre: SnapId,
}

/// The loop trace a side trace comes from, for `iter.reset`: its live `ctx` and the plan of
/// its iterator words (`EntryReq::words`).
pub struct ParentIters {
    pub ctx: *mut u64,
    pub words: Vec<(u32, IterKind, usize, usize)>,
}

#[derive(Clone, Copy)]
enum PendKind {
    /// `range(start, stop, step)`, ints, `step` a nonzero constant.
    Range(Ref, Ref, i64),
    /// A list (1) or tuple (2).
    Seq(Ref, u32),
}

/// The item the iterator `v` gives next, without stepping it: `None` when exhausted or not
/// a range, list or tuple iterator.
fn peek(v: &Value) -> Option<Value> {
    let Value::Iter(it) = v else { return None };
    let st = it.state.try_borrow().ok()?;
    match &*st {
        IterState::Range { next, stop, step } => {
            ((*step > 0 && next < stop) || (*step < 0 && next > stop)).then_some(Value::Int(*next))
        }
        IterState::List {
            list: Value::List(l),
            index,
        } => l.items.try_borrow().ok()?.get(*index).cloned(),
        IterState::Tuple {
            tuple: Value::Tuple(t),
            index,
        } => t.items.get(*index).cloned(),
        _ => None,
    }
}

/// Is the iterator `v` exhausted (a range, list or tuple iterator with no next item)?
fn exhausted(v: &Value) -> bool {
    matches!(v, Value::Iter(it) if matches!(&*it.state.borrow(),
        IterState::Range { .. } | IterState::List { .. } | IterState::Tuple { .. }))
        && peek(v).is_none()
}

impl Recorder {
    /// The side trace's first instruction: the loop's `ForIter`, at the exit where its
    /// iterator ran out. The interpreter pops the iterator and jumps past the loop; the
    /// side trace records nothing for it, but its frame stack is one entry shorter from
    /// here on, while the real frame keeps the iterator until an exit drops it.
    pub(super) fn leave_loop(&mut self, f: &Frame) -> Result<(), String> {
        let ins = f.code.instrs[f.pc];
        let ok = f as *const Frame as usize == self.frame
            && f.pc == self.header
            && ins.op == Op::ForIter
            && self.stack.is_empty()
            && self.stack_depth > 0
            && f.stack.len() == self.stack_depth;
        if !ok {
            return Err("side trace does not start at the loop's end".into());
        }
        if !f.stack.last().is_some_and(exhausted) {
            return Err("side trace at the loop header, but the loop goes on".into());
        }
        self.popped = true;
        self.stack_depth -= 1;
        self.expected_pc = ins.arg as usize;
        self.steps += 1;
        Ok(())
    }

    /// Is the instruction at `pc` (a `Call` of `argc` arguments) `range(...)` whose result
    /// a `for` loop starts with at once (`GetIter`, `ForIter`), in a side trace?
    pub(super) fn starts_range_loop(&self, f: &Frame, pc: usize, argc: usize) -> bool {
        let n = f.stack.len();
        let op = |k: usize| f.code.instrs.get(pc + k).map(|i| i.op);
        self.side
            && self.inlined.is_empty()
            && self.pending.is_none()
            && (1..=3).contains(&argc)
            && n > argc
            && matches!(&f.stack[n - argc - 1], Value::Type(t) if t.is_builtin && t.kind == TypeKind::Range)
            && op(1) == Some(Op::GetIter)
            && op(2) == Some(Op::ForIter)
    }

    /// `range(...)` of ints (`starts_range_loop`): a pending iterable.
    pub(super) fn range_call(&mut self, f: &Frame, argc: usize) -> Result<(), String> {
        let n = f.stack.len();
        if self.stack.len() < argc + 1 {
            return Err("pops below the loop's stack".into());
        }
        let at = self.stack.len() - argc - 1;
        if !matches!(self.trace.konst(self.stack[at]), Some(Const::Obj { .. })) {
            return Err("range that is not a constant".into());
        }
        let args = self.stack[at + 1..].to_vec();
        let pre = self.snap(f.pc);
        for (k, &r) in args.iter().enumerate() {
            if !matches!(f.stack[n - argc + k], Value::Int(_)) || self.trace.ty(r) != Type::Int {
                return Err("range of a non-int".into());
            }
        }
        let (start, stop, step) = match *args.as_slice() {
            [stop] => (self.konst(Const::Int(0)), stop, 1),
            [start, stop] => (start, stop, 1),
            [start, stop, step] => match self.trace.konst(step) {
                Some(Const::Int(s)) if s != 0 => (start, stop, s),
                _ => return Err("range with a step that is not a constant".into()),
            },
            _ => return Err("range of more than 3 arguments".into()),
        };
        self.stack.truncate(at);
        self.make_pending(PendKind::Range(start, stop, step), pre);
        Ok(())
    }

    fn make_pending(&mut self, kind: PendKind, pre: SnapId) {
        let marker = self.konst(Const::Int(0));
        self.stack.push(marker);
        self.pending = Some(Pending {
            marker,
            kind,
            iter: false,
            snaps: self.trace.snaps.len(),
            pre,
        });
    }

    /// `GetIter` right before a `ForIter`, in a side trace: of a pending `range`, or of a
    /// list or tuple. `false` if neither (the caller aborts).
    pub(super) fn pending_get_iter(&mut self, f: &Frame, pc: usize) -> bool {
        let next = f.code.instrs.get(pc + 1).map(|i| i.op);
        if !self.side || !self.inlined.is_empty() || next != Some(Op::ForIter) {
            return false;
        }
        match &mut self.pending {
            Some(p) if !p.iter && self.stack.last() == Some(&p.marker) => {
                p.iter = true;
                return true;
            }
            Some(_) => return false,
            None => {}
        }
        let Some(&seq) = self.stack.last() else {
            return false;
        };
        let kind = match (f.stack.last(), self.trace.ty(seq)) {
            (Some(Value::List(_)), Type::Obj(crate::backend::TAG_LIST)) => 1,
            (Some(Value::Tuple(_)), Type::Obj(crate::backend::TAG_TUPLE)) => 2,
            _ => return false,
        };
        let pre = self.snap(pc);
        self.stack.pop();
        self.make_pending(PendKind::Seq(seq, kind), pre);
        if let Some(p) = &mut self.pending {
            p.iter = true;
        }
        true
    }

    /// Is there a pending iterator (`GetIter` recorded) on top of the abstract stack?
    pub(super) fn iter_pending(&self) -> bool {
        matches!(&self.pending, Some(p) if p.iter && self.stack.last() == Some(&p.marker))
    }

    /// Is there a pending iterable or iterator? Only its `GetIter` and `ForIter` may follow.
    pub(super) fn has_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// The `ForIter` at `pc` starts a loop over the pending iterator: make it (`iter.new`)
    /// and end the side trace with an exit to `pc` that pushes it (`enters_loop`).
    pub(super) fn enter_loop(&mut self, pc: usize) -> Result<bool, String> {
        let Some(p) = self.pending.take() else {
            return Err("inner loop".into());
        };
        if !p.iter || self.stack.last() != Some(&p.marker) || self.trace.snaps.len() != p.snaps {
            return Err("a pending iterator escapes".into());
        }
        if let Some(done) = self.restart_loop(pc, &p) {
            return Ok(done);
        }
        let it = match p.kind {
            PendKind::Range(start, stop, step) => {
                let step = self.konst(Const::Int(step));
                self.call(
                    Helper::IterNew,
                    0,
                    Type::Obj(crate::backend::TAG_ITER),
                    &[start, stop, step],
                    None,
                )
            }
            PendKind::Seq(seq, kind) => self.call(
                Helper::IterNew,
                kind,
                Type::Obj(crate::backend::TAG_ITER),
                &[seq],
                None,
            ),
        };
        self.stack.pop();
        self.stack.push(it);
        let s = self.snap(pc);
        self.push(Inst::Exit { snap: s });
        self.enters_loop = true;
        Ok(true)
    }

    /// `enter_loop` at the side trace's own loop, whose exhausted iterator is still in the
    /// frame (`leave_loop`) and whose loop trace steps an iterator of the pending one's
    /// kind: the iterator starts again in place and the loop trace's `ctx` gets its words
    /// (`iter.reset`), and the side trace ends like one that comes back to the header
    /// through an enclosing `while` loop, linked into the loop trace's entry (no trip
    /// through the JIT's Rust code). `None` if not.
    fn restart_loop(&mut self, pc: usize, p: &Pending) -> Option<bool> {
        let parent = self.parent_iters.as_ref()?;
        let d = self.stack_depth;
        if pc != self.header || !self.popped || self.stack.len() != 1 {
            return None;
        }
        let &(_, kind, next_at, other_at) = parent.words.iter().find(|w| w.0 as usize == d)?;
        let ctx = parent.ctx;
        let args: ([Ref; 3], usize) = match (p.kind, kind) {
            (PendKind::Range(start, stop, step), IterKind::Range(s)) if s == step => {
                let k = self.konst(Const::Int(step));
                ([start, stop, k], 3)
            }
            (PendKind::Seq(seq, 1), IterKind::List) | (PendKind::Seq(seq, 2), IterKind::Tuple) => {
                ([seq, seq, seq], 1)
            }
            _ => return None,
        };
        let desc = Desc::IterReset {
            ctx,
            d: d as u32,
            kind,
            next_at,
            other_at,
        };
        let k = self.trace.pool.borrow_mut().desc(desc);
        self.call(
            Helper::IterReset,
            k,
            Type::Void,
            &args.0[..args.1],
            Some(p.pre),
        );
        self.stack.clear();
        self.popped = false;
        self.stack_depth = d + 1;
        let s = self.snap(pc);
        self.push(Inst::Exit { snap: s });
        Some(true)
    }

    /// `ForIter` of an enclosing `for` loop, whose iterator is in the frame below the side
    /// trace's stack: step it there (`iter.step`), exiting to the `ForIter` when it is
    /// exhausted (the interpreter then leaves that loop).
    pub(super) fn outer_step(&mut self, f: &Frame, pc: usize) -> Result<(), String> {
        let d = self.stack_depth - 1;
        let it = f.stack.get(d).ok_or("pops below the loop's stack")?;
        let seq = matches!(it, Value::Iter(i) if matches!(&*i.state.borrow(),
            IterState::Range { .. } | IterState::List { .. } | IterState::Tuple { .. }));
        if !seq {
            return Err(
                "enclosing for loop over something else than a range, list or tuple".into(),
            );
        }
        let item = peek(it).ok_or("enclosing loop ended while recording")?;
        let s = self.snap(pc);
        let x = self.call(Helper::IterStep, d as u32, ir_type(&item), &[], Some(s));
        self.stack.push(x);
        Ok(())
    }
}
