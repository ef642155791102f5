//! The interpreter's only view of the JIT.
//!
//! The JIT crate depends on the runtime, not the other way round: the runtime defines this
//! trait, `Vm::jit` holds an implementation when `--jit=on` (installed by `bin/pyjit`), and
//! the evaluation loop calls it at exactly two places:
//!
//! * every backward `Jump` (a loop back-edge, `target < pc`) calls [`JitHooks::on_backedge`]
//!   with `f.pc` already set to the loop header — the JIT counts, starts recording, or runs a
//!   compiled trace there;
//! * while recording, every instruction calls [`JitHooks::on_instruction`] before it runs.
//!   The check for that is one bool (`Vm::jit_recording`) per instruction.
//!
//! With `--jit=off` `Vm::jit` is `None` and neither is ever called.

use crate::interp::frame::Frame;
use crate::vm::Vm;

pub trait JitHooks {
    /// A back-edge to `target` (a loop header) was taken in `f`; `f.pc == target`. The JIT may
    /// run a compiled trace, which leaves `f` exactly as the interpreter would have it at the
    /// instruction it exits at (`f.pc`, `f.fast`, `f.stack` updated). Returns whether a
    /// recording is active afterwards.
    fn on_backedge(&mut self, f: &mut Frame, target: usize) -> bool;

    /// While recording: `f` is about to execute the instruction at `f.pc` (any frame may call
    /// this; the recorder checks it is the one it follows). Returns whether recording goes on.
    fn on_instruction(&mut self, f: &Frame) -> bool;

    /// The text `--jit-stats` prints at exit.
    fn stats_report(&self) -> String;
}

impl Vm {
    /// Slow path of a backward `Jump` when a JIT is installed.
    #[inline(never)]
    pub(crate) fn jit_backedge(&mut self, f: &mut Frame, target: usize) {
        if let Some(j) = self.jit.as_mut() {
            self.jit_recording = j.on_backedge(f, target);
        }
    }

    /// Hand the instruction about to run to the recorder.
    #[cold]
    #[inline(never)]
    pub(crate) fn jit_record_step(&mut self, f: &Frame) {
        self.jit_recording = match self.jit.as_mut() {
            Some(j) => j.on_instruction(f),
            None => false,
        };
    }
}
