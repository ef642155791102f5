//! The interpreter's only view of the JIT.
//!
//! The JIT crate depends on the runtime, not the other way round: the runtime defines this
//! trait, `Vm::jit` holds an implementation when `--jit=on` (installed by `bin/pyjit`), and
//! the evaluation loop calls it at exactly three places:
//!
//! * every backward `Jump` (a loop back-edge, `target <= pc`) calls
//!   [`JitHooks::on_backedge`] with `f.pc` already set to the loop header — the JIT counts,
//!   starts recording, or runs a compiled trace there. When the JIT answers
//!   [`Backedge::Never`] the `Jump`'s inline-cache slot is set to `Cache::NoJit` and that
//!   back-edge costs one tag compare from then on;
//! * a `GetIter` followed by a `ForIter` (a `for` loop starting) calls
//!   [`JitHooks::on_loop_entry`], so a compiled loop runs its first iteration in the trace
//!   too (short inner loops would otherwise interpret one iteration in every few);
//! * after either, [`JitHooks::take_resume`] may hand back a call the trace had inlined and
//!   left in the middle (the interpreter runs that frame to completion, `Vm::jit_resume`),
//!   or the outcome of a call the trace made through the interpreter (a *residual* call:
//!   a value to push, or an exception to raise as if the call instruction had raised it);
//!
//! While a hook runs, the JIT is taken out of `Vm::jit` and gets the VM as a pointer: a
//! residual call made by a trace runs the callee with `Vm::call_positional`, after putting a
//! hook of its own in `Vm::jit` for the call's duration (the JIT crate's `nested_call`), so
//! the callee's loops reach the JIT too and run their own traces.
//! * while recording, every instruction calls [`JitHooks::on_instruction`] before it runs.
//!   The check for that is one bool (`Vm::jit_recording`) per instruction.
//!
//! With `--jit=off` `Vm::jit` is `None` and neither is ever called.

use crate::interp::cache::Cache;
use crate::interp::frame::Frame;
use crate::object::Function;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::rc::Rc;

/// A call the JIT had inlined and left in the middle (a guard failed after the callee had
/// done something observable): the callee's frame state, which the interpreter runs to
/// completion before pushing its return value on the caller's stack and resuming the caller
/// at the `f.pc` the JIT set (after the call).
pub struct ResumeCall {
    pub func: Rc<Function>,
    pub pc: usize,
    /// The callee's fast locals (`Value::Null` for unbound ones).
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
}

/// What the interpreter does after a trace exited (`JitHooks::take_resume`).
pub enum Resume {
    /// Finish an inlined call, push its result.
    Call(ResumeCall),
    /// A residual call (made by the trace through `Vm::call`) returned a value of a type the
    /// trace did not expect: push it; the interpreter goes on after the call instruction.
    Push(Value),
    /// A residual call raised: propagate the exception from the caller's frame, whose `f.pc`
    /// is already after the call instruction (so its traceback line is the call's), exactly
    /// as when the interpreter's own call raises.
    Raise(crate::error::PyErr),
    /// A residual call made inside an inlined call raised: rebuild the inlined call's frame
    /// (at the instruction after its call instruction) and raise the exception there, so
    /// the traceback has the callee's line, then the caller's.
    CallRaise(ResumeCall, crate::error::PyErr),
}

/// What the interpreter does after a back-edge.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Backedge {
    /// Go on interpreting.
    Continue,
    /// Go on interpreting and report every instruction (`JitHooks::on_instruction`).
    Recording,
    /// Go on interpreting, and never call the JIT for this back-edge again.
    Never,
}

/// What a loop hook (`on_backedge`, `on_loop_entry`) answers: what the interpreter does
/// next, and whether [`JitHooks::take_resume`] has something for it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Answer {
    pub next: Backedge,
    pub resume: bool,
}

pub trait JitHooks {
    /// A back-edge to `target` (a loop header) was taken in `f`; `f.pc == target`. The JIT may
    /// run a compiled trace, which leaves `f` exactly as the interpreter would have it at the
    /// instruction it exits at (`f.pc`, `f.fast`, `f.stack` updated).
    ///
    /// `vm` is the VM the hook runs in. The JIT is out of `Vm::jit` meanwhile, so the pointer
    /// aliases nothing the JIT holds; a trace's residual calls use it to call back into the
    /// interpreter. It must not be kept past the hook call.
    ///
    /// The answer's `resume` says whether [`JitHooks::take_resume`] has something for the
    /// interpreter (it is asked only then: that saves a call per trace entry).
    fn on_backedge(&mut self, vm: *mut Vm, f: &mut Frame, target: usize) -> Answer;

    /// A `for` loop is about to start: `GetIter` has pushed the iterator and `f.pc` is the
    /// loop header (a `ForIter`). The JIT may run a compiled trace of the loop right away
    /// (same contract as `on_backedge`), so the first iteration is not interpreted. Never
    /// called while recording. `Never` (the loop will not be compiled) stops the calls from
    /// this `GetIter`; `Recording` (a trace exited and the JIT records a side trace from its
    /// exit) makes the interpreter report the following instructions.
    fn on_loop_entry(&mut self, _vm: *mut Vm, _f: &mut Frame) -> Answer {
        Answer {
            next: Backedge::Never,
            resume: false,
        }
    }

    /// While recording: `f` is about to execute the instruction at `f.pc` (any frame may call
    /// this; the recorder checks it is the one it follows). Returns whether recording goes on.
    fn on_instruction(&mut self, f: &Frame) -> bool;

    /// After `on_instruction` returned `true`: the instruction is a call the recording
    /// makes *residual* and only needs the result of. The interpreter then runs the call
    /// without reporting its instructions (at full speed, the JIT's loop hooks answering as
    /// outside a recording but starting no recording), and reports again from the
    /// recorded frame's next instruction.
    fn waits_for_call(&self) -> bool {
        false
    }

    /// The text `--jit-stats` prints at exit.
    fn stats_report(&self) -> String;

    /// After `on_backedge` or `on_loop_entry`: a call left in the middle by the trace that
    /// just exited, for the interpreter to finish (see [`ResumeCall`]).
    fn take_resume(&mut self) -> Option<Resume> {
        None
    }

    /// `MakeFunction` of `code` (no defaults, closure or cells): may calls of the new
    /// function run as native code? Then it is marked `Function::native` and its calls come
    /// to [`JitHooks::on_native_call`].
    fn native_candidate(&mut self, _code: &pyjit_bytecode::CodeObject) -> bool {
        false
    }

    /// A call of a `Function::native` function with its positional arguments (as many as
    /// its parameters). `budget` is how many nested calls (this one included) the
    /// interpreter would make before `RecursionError`. The JIT answers the result, or `None`
    /// when the interpreter must make the call (its native code gave up: it has no side
    /// effects, so the interpreter running the call from its start does exactly what the
    /// program does).
    fn on_native_call(
        &mut self,
        _func: &Rc<Function>,
        _args: &[Value],
        _budget: usize,
    ) -> Option<Value> {
        None
    }
}

impl Vm {
    /// A backward `Jump` at `at` to `target` when a JIT is installed. Fails with the
    /// exception of a call the trace left in the middle, if finishing it raises.
    #[inline(never)]
    pub(crate) fn jit_backedge(&mut self, f: &mut Frame, at: usize, target: usize) -> PyResult<()> {
        let Some(mut j) = self.jit.take() else {
            return Ok(());
        };
        let a = j.on_backedge(self, f, target);
        let r = if a.resume { j.take_resume() } else { None };
        self.jit = Some(j);
        // What a trace freed (a loop's sequence at its end, a local's old value) is
        // finalized on its return, as the interpreter does at the store.
        self.finalization_point();
        match a.next {
            Backedge::Continue => {}
            Backedge::Recording => self.jit_recording = true,
            Backedge::Never => f.rt.caches[at].fill(Cache::NoJit),
        }
        match r {
            Some(r) => self.jit_resume(f, r),
            None => Ok(()),
        }
    }

    /// A `for` loop starts at `f.pc` (after the `GetIter` at `at`) when a JIT is installed.
    #[inline(never)]
    pub(crate) fn jit_loop_entry(&mut self, f: &mut Frame, at: usize) -> PyResult<()> {
        let Some(mut j) = self.jit.take() else {
            return Ok(());
        };
        let a = j.on_loop_entry(self, f);
        let r = if a.resume { j.take_resume() } else { None };
        self.jit = Some(j);
        // What a trace freed (a loop's sequence at its end, a local's old value) is
        // finalized on its return, as the interpreter does at the store.
        self.finalization_point();
        match a.next {
            Backedge::Continue => {}
            Backedge::Recording => self.jit_recording = true,
            Backedge::Never => f.rt.caches[at].fill(Cache::NoJit),
        }
        match r {
            Some(r) => self.jit_resume(f, r),
            None => Ok(()),
        }
    }

    /// Finish a call a trace left in the middle and push its result on `f`'s stack (or push
    /// a residual call's result, or raise its exception). `f.pc` is already after the call,
    /// so an exception gets the caller's line in its traceback, as when the interpreter makes
    /// the call.
    #[cold]
    #[inline(never)]
    fn jit_resume(&mut self, f: &mut Frame, r: Resume) -> PyResult<()> {
        let (r, raise) = match r {
            Resume::Call(r) => (r, None),
            Resume::Push(v) => {
                f.push(v);
                return Ok(());
            }
            Resume::Raise(e) => return Err(e),
            Resume::CallRaise(r, e) => (r, Some(e)),
        };
        let mut callee = self.frame_for(&r.func, r.fast);
        callee.pc = r.pc;
        callee.stack.extend(r.stack);
        let v = self.run_frame_from(callee, raise)?;
        f.push(v);
        Ok(())
    }

    /// `JitHooks::native_candidate`, when a JIT is installed.
    #[cold]
    #[inline(never)]
    pub(crate) fn jit_native_candidate(&mut self, code: &pyjit_bytecode::CodeObject) -> bool {
        self.jit.as_mut().is_some_and(|j| j.native_candidate(code))
    }

    /// A call of the `Function::native` function `func` with `args`: its result when the
    /// JIT ran it as native code, `None` when the interpreter must call it. Not while a
    /// recording follows the interpreter's instructions (the recorder sees the callee's),
    /// nor at the recursion limit (the interpreter raises).
    #[inline(never)]
    pub(crate) fn jit_native_call(&mut self, func: &Rc<Function>, args: &[Value]) -> Option<Value> {
        if self.jit_recording || self.depth >= self.recursion_limit {
            return None;
        }
        let budget = self.recursion_limit - self.depth;
        let mut j = self.jit.take()?;
        let r = j.on_native_call(func, args, budget);
        self.jit = Some(j);
        r
    }

    /// Stop reporting instructions until the call about to run returns to the recorded
    /// frame (`JitHooks::waits_for_call`, `eval_loop`). Always `true`.
    fn pause_recording(&mut self) -> bool {
        self.jit_rec_paused = true;
        true
    }

    /// Hand the instruction about to run to the recorder.
    #[cold]
    #[inline(never)]
    pub(crate) fn jit_record_step(&mut self, f: &Frame) {
        self.jit_recording = match self.jit.as_mut() {
            Some(j) => j.on_instruction(f) && !(j.waits_for_call() && self.pause_recording()),
            None => false,
        };
    }
}
