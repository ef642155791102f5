//! The common end of a trace run, kept short: the loop's own trace exited at a plain exit
//! (`ExitDesc::plain`: only operand-stack entries to push) and has no trampoline side
//! trace. `Jit::after_run` handles every other case; both count the same things.

use super::{resumes_call, Jit, TraceRec, EXIT_WINDOW, FRUITLESS_LIMIT};
use crate::backend::{self, entry};
use crate::side;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::Backedge;

impl Jit {
    /// Apply exit `code` of trace `ti` (`tr`, just run on `f` by `run`, its iterators
    /// copied back) and count it, if it is a plain exit of the trace's own code and the
    /// trace has no trampoline side trace; `None` (nothing done) otherwise. The window,
    /// discard and side-recording decisions are `conclude`'s, called only when one of them
    /// may be due.
    #[inline(always)]
    pub(super) fn finish_plain(
        &mut self,
        li: usize,
        ti: usize,
        tr: &mut TraceRec,
        f: &mut Frame,
        entry: bool,
        code: u64,
    ) -> Option<Backedge> {
        let (tag, exit) = backend::split_exit_code(code);
        if tag != 0 || tr.has_tramp {
            return None;
        }
        let c = tr.compiled.as_mut()?;
        let desc = c.exits.get(exit)?;
        if !desc.plain() {
            return None;
        }
        let pc = desc.pc as usize;
        let n = tr.exits.get_mut(exit)?;
        *n += 1;
        let count = *n;
        entry::apply_plain(c, exit, f, &mut self.resume);
        let iterations = c.ctx[0];
        let mut progress = iterations;
        for s in &mut tr.sides {
            s.compiled.rt.deferred.clear();
            progress += s.new_completions();
        }
        tr.entries += 1;
        tr.iterations += iterations;
        let empty_loop = entry && pc == tr.header;
        if progress > 0 {
            tr.fruitless = 0;
        } else if !empty_loop {
            tr.fruitless += 1;
        }
        if !empty_loop {
            tr.window_entries += 1;
            tr.window_iterations += progress;
        }
        let hot = count >= u64::from(self.cfg.threshold.min(side::HOT_EXIT))
            && tr.side_ok[exit]
            && tr.side_aborts[exit] < side::MAX_SIDE_ABORTS
            && resumes_call(&self.resume)
            && !tr.sides.iter().any(|s| s.exit == exit);
        if !hot && tr.window_entries < EXIT_WINDOW && tr.fruitless < FRUITLESS_LIMIT {
            return Some(Backedge::Continue);
        }
        Some(self.conclude(li, ti, tr, f, hot.then_some(exit), false).0)
    }
}
