//! The common end of a trace run, kept short: the trace has no trampoline side trace (then
//! `Jit::after_run` runs, which may continue the exit in one). Both count the same things.

use super::{resumes_call, Jit, TraceRec, EXIT_WINDOW, FRUITLESS_LIMIT};
use crate::backend::{self, entry};
use crate::side;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::Backedge;
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;

impl Jit {
    /// Apply exit `code` of trace `ti` (`tr`, just run on `f` by `run`, its iterators
    /// copied back) and count it, if the trace has no trampoline side trace; `None`
    /// (nothing done) otherwise. The window,
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
        if tr.has_tramp {
            return None;
        }
        if tag != 0 {
            let side = tag as usize - 1;
            let si = tr.sides.iter().position(|s| s.exit == side)?;
            // A side trace that ended where a `for` loop starts, with its new iterator:
            // `after_run` has that loop's trace entered next (`run_again`).
            if tr.sides[si].enters_at(exit) {
                return None;
            }
            // (Counted here: `finish_side_exit` counts the entry in its window.)
            tr.window_reentries += u32::from(!entry);
            return self.finish_side_exit(li, ti, tr, f, si, exit);
        }
        let c = tr.compiled.as_mut()?;
        let desc = c.exits.get(exit)?;
        let pc = desc.pc as usize;
        let n = tr.exits.get_mut(exit)?;
        *n += 1;
        let count = *n;
        entry::apply_exit_to(c, exit, f, &mut self.resume);
        let iterations = c.ctx[0];
        let mut progress = iterations;
        tr.release_side_deferred();
        progress += tr.new_side_completions();
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
            tr.window_reentries += u32::from(!entry);
        }
        let hot = count >= u64::from(self.cfg.threshold.min(side::HOT_EXIT))
            && tr.side_ok[exit]
            && tr.side_aborts[exit] < side::MAX_SIDE_ABORTS
            && resumes_call(&self.resume)
            && !tr.sides.iter().any(|s| s.exit == exit);
        if !hot && tr.window_entries < EXIT_WINDOW && tr.fruitless < FRUITLESS_LIMIT {
            if pc == tr.header && tr.req.for_end != 0 && self.resume.is_none() {
                leave_exhausted(f, tr.req.stack_depth, tr.req.for_end);
            }
            return Some(Backedge::Continue);
        }
        Some(self.conclude_outlined(li, ti, tr, f, hot.then_some(exit)))
    }

    /// `finish_plain` of an exit of the side trace `tr.sides[si]` (linked to the trace's
    /// exit `tag - 1` of the exit code): the run got as far as a linked exit, which counts
    /// as progress.
    #[inline(always)]
    fn finish_side_exit(
        &mut self,
        li: usize,
        ti: usize,
        tr: &mut TraceRec,
        f: &mut Frame,
        si: usize,
        exit: usize,
    ) -> Option<Backedge> {
        let iterations = tr.compiled.as_ref()?.ctx[0];
        let s = &mut tr.sides[si];
        let side = s.exit;
        s.exited_to(exit, f, &mut self.resume);
        let hot = match s.wants_nested(exit, self.cfg.threshold)
            && self.rec.is_none()
            && self.resume.is_none()
        {
            true => side::nested_exit(tr, side, exit, self.cfg.threshold),
            false => None,
        };
        let mut progress = iterations + 1;
        tr.release_side_deferred();
        progress += tr.new_side_completions();
        tr.entries += 1;
        tr.iterations += iterations;
        tr.fruitless = 0;
        tr.window_entries += 1;
        tr.window_iterations += progress;
        self.stats.sides_unlinked += side::check_unlink_at(tr, si);
        if hot.is_none() && tr.window_entries < EXIT_WINDOW {
            return Some(Backedge::Continue);
        }
        Some(self.conclude_outlined(li, ti, tr, f, hot))
    }

    /// `conclude`, out of line: the fast path needs it once per window of entries.
    #[cold]
    #[inline(never)]
    fn conclude_outlined(
        &mut self,
        li: usize,
        ti: usize,
        tr: &mut TraceRec,
        f: &mut Frame,
        hot_exit: Option<usize>,
    ) -> Backedge {
        self.conclude(li, ti, tr, f, hot_exit, false).0
    }
}

/// A trace of a `for` loop exited at its header (`ForIter`, whose jump target is `end`),
/// with `f`'s stack at the loop's `depth`: if the loop's iterator (the top) is a range,
/// list or tuple iterator that is exhausted — the trace exits there when its loop ends —
/// do what the interpreter's `ForIter` would do next (pop it, jump to `end`; a list
/// iterator is marked finished, as `Vm::next` does), which saves a dispatch per loop.
/// Anything else is left to the interpreter.
#[inline(always)]
fn leave_exhausted(f: &mut Frame, depth: usize, end: usize) {
    if f.stack.len() != depth {
        return;
    }
    let Some(Value::Iter(it)) = f.stack.last() else {
        return;
    };
    let Ok(mut st) = it.state.try_borrow_mut() else {
        return;
    };
    let done = match &mut *st {
        IterState::Range { next, stop, step } => {
            !((*step > 0 && *next < *stop) || (*step < 0 && *next > *stop))
        }
        IterState::List {
            list: Value::List(l),
            index,
        } => match l.items.try_borrow() {
            Ok(items) if *index >= items.len() => {
                *index = usize::MAX;
                true
            }
            _ => false,
        },
        IterState::Tuple {
            tuple: Value::Tuple(t),
            index,
        } => *index >= t.items.len(),
        _ => false,
    };
    drop(st);
    if done {
        drop(f.stack.pop());
        f.pc = end;
    }
}
